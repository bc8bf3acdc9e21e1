// The application's icons, drawn as SVG (resources/icons, compiled in as
// :/icons/NAME.svg) so they stay sharp at any device pixel ratio.
#pragma once

#include "core/toxtypes.h"

#include <QIcon>

namespace warren::icons {

/// :/icons/@p name.svg, e.g. icon(u"send").
QIcon icon(QStringView name);
QIcon app(bool unread = false);
/// The coloured presence dot: the status when @p online, a grey ring when not.
QIcon presence(UserStatus status, bool online);
QString presenceName(UserStatus status, bool online);

} // namespace warren::icons
