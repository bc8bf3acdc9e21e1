// Creates a Tox instance from settings and save data, returning the instance
// or a typed error. The unique_ptr's deleter calls tox_kill.
#pragma once

#include "core/coreevents.h"
#include "core/networksettings.h"

#include <tox/tox.h>

#include <memory>

namespace warren {

struct ToxDeleter {
    void operator()(Tox* t) const { tox_kill(t); }
};
using ToxPtr = std::unique_ptr<Tox, ToxDeleter>;

struct ToxCreation {
    ToxPtr tox;
    EngineError error;
};

/// @p saveData is plain tox_get_savedata() output (already decrypted), or
/// empty for a new identity.
ToxCreation makeTox(const NetworkSettings& settings, const QByteArray& saveData);

} // namespace warren
