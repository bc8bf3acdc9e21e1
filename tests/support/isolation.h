// Guards the network-safety rule: Tox may only start inside a private
// network namespace where loopback is the only interface that is up.
#pragma once

#include <QString>

namespace warren::test {

/// Returns an empty string when only loopback interfaces are up, otherwise a
/// message naming the interfaces that are up.
QString networkNotIsolatedReason();

/// Aborts the process (qFatal) unless the network is isolated. Every test
/// and benchmark that starts Tox calls it first.
void requireIsolatedNetwork();

} // namespace warren::test
