// Remote control for demos and screenshots (scripts/screenshots), never on
// by default: only when the running instance has WARREN_DEBUG_CONTROL=1 in
// its environment does it act on "debug ..." lines that arrive through the
// single-instance socket (same user only). Commands address widgets and
// actions by object name:
//   screenshot NAME PATH   save NAME's window-less grab as PNG
//   trigger NAME           trigger a QAction
//   click NAME             click a button
//   focus NAME             activate NAME's window and give NAME the focus
//   type NAME TEXT         set the text of a line or text edit
//   key NAME KEY           send a key (Return, Tab, ...) to a widget
//   select NAME ROW        make ROW current in an item view
//   dump NAME PATH         write an item view's rows (accessible text)
//   resize NAME W H        resize a window
// A second file, WARREN_DEBUG_SELFINFO_FILE, receives our DHT key, UDP port
// and Tox ID as a nodes.tox.chat JSON file once the engine runs.
#pragma once

#include "core/coreevents.h"

#include <QObject>

namespace warren {

class DebugControl : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// True when WARREN_DEBUG_CONTROL=1.
    static bool enabled();
    /// Runs one command line (without the "debug " prefix). Returns an
    /// error sentence, or an empty string when it worked.
    QString run(const QString& command);

    /// Writes @p self as a one-node nodes file on 127.0.0.1 (plus "tox_id")
    /// to @p path. For WARREN_DEBUG_SELFINFO_FILE.
    static bool writeSelfInfo(const QString& path, const SelfInfo& self);
};

} // namespace warren
