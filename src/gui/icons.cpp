#include "gui/icons.h"

#include <QCoreApplication>
#include <QHash>

namespace warren::icons {

QIcon icon(QStringView name)
{
    static QHash<QString, QIcon> cache; // GUI thread only
    const QString key = name.toString();
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(QStringLiteral(":/icons/%1.svg").arg(key)));
    return *it;
}

QIcon app(bool unread)
{
    return icon(unread ? u"app-unread" : u"app");
}

QIcon presence(UserStatus status, bool online)
{
    if (!online)
        return icon(u"status-offline");
    switch (status) {
    case UserStatus::Online:
        return icon(u"status-online");
    case UserStatus::Away:
        return icon(u"status-away");
    case UserStatus::Busy:
        return icon(u"status-busy");
    }
    return icon(u"status-offline");
}

QString presenceName(UserStatus status, bool online)
{
    if (!online)
        return QCoreApplication::translate("warren::icons", "offline");
    switch (status) {
    case UserStatus::Online:
        return QCoreApplication::translate("warren::icons", "online");
    case UserStatus::Away:
        return QCoreApplication::translate("warren::icons", "away");
    case UserStatus::Busy:
        return QCoreApplication::translate("warren::icons", "busy");
    }
    return {};
}

} // namespace warren::icons
