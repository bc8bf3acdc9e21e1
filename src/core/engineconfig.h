// Everything the engine needs to start, handed over once.
#pragma once

#include "core/bootstrapnodes.h"
#include "core/networksettings.h"
#include "core/savesink.h"

#include <memory>

namespace warren {

struct EngineConfig {
    QByteArray saveData; ///< plain savedata; empty = new identity
    std::shared_ptr<ISaveSink> saver; ///< null = nothing is saved (tests)
    NetworkSettings network;
    QList<BootstrapNode> nodes; ///< bootstrapped at start and while offline
    QString defaultName; ///< name for a new identity
    int saveDelayMs = 300; ///< debounce for saves after changes
};

} // namespace warren
