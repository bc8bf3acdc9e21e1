// Installs the toxcore callbacks that route events to a ToxWorker (passed as
// tox_iterate's user data).
#pragma once

#include <tox/tox.h>

namespace warren {

struct ToxCallbacks {
    static void install(Tox* tox);

private:
    static void installFileCallbacks(Tox* tox);
};

} // namespace warren
