// Loads and saves NetworkSettings in a QSettings group ("network"), so the
// GUI's choices (UDP, IPv6, LAN discovery, proxy, ports) persist.
#pragma once

#include "core/networksettings.h"

class QSettings;

namespace warren {

class NetworkSettingsStore {
public:
    static NetworkSettings load(QSettings& settings);
    static void save(QSettings& settings, const NetworkSettings& n);
};

} // namespace warren
