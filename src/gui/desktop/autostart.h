// Starting Warren with the desktop session: an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/warren.desktop, that runs this very program
// (so a portable copy starts itself). Writing is atomic; a failure says why.
#pragma once

#include <QString>
#include <QStringList>

namespace warren::autostart {

/// Where the entry lives.
QString entryPath();
bool isEnabled();
/// Writes the entry for @p program (default: the running program) with
/// @p arguments, or removes it. False and @p error set on failure.
bool setEnabled(bool enabled, QString* error, const QString& program = {}, const QStringList& arguments = {});

} // namespace warren::autostart
