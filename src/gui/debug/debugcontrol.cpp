#include "gui/debug/debugcontrol.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QWidget>

namespace warren {

namespace {
/// The visible widget called @p name, else any widget of that name.
QWidget* findWidget(const QString& name)
{
    QWidget* fallback = nullptr;
    for (QWidget* w : QApplication::allWidgets()) {
        if (w->objectName() != name)
            continue;
        if (w->isVisible())
            return w;
        fallback = w;
    }
    return fallback;
}

QAction* findAction(const QString& name)
{
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* a = top->findChild<QAction*>(name))
            return a;
    return nullptr;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}
} // namespace

bool DebugControl::enabled()
{
    return qEnvironmentVariable("WARREN_DEBUG_CONTROL") == QLatin1String("1");
}

QString DebugControl::run(const QString& command)
{
    const QString verb = command.section(u' ', 0, 0);
    const QString name = command.section(u' ', 1, 1);
    const QString rest = command.section(u' ', 2);
    if (verb == QLatin1String("trigger")) {
        QAction* a = findAction(name);
        if (!a)
            return QStringLiteral("no action %1").arg(name);
        a->trigger();
        return {};
    }
    QWidget* w = findWidget(name);
    if (!w)
        return QStringLiteral("no widget %1").arg(name);
    if (verb == QLatin1String("screenshot")) {
        QApplication::processEvents();
        return w->grab().save(rest, "PNG") ? QString() : QStringLiteral("cannot write %1").arg(rest);
    }
    if (verb == QLatin1String("click")) {
        auto* b = qobject_cast<QAbstractButton*>(w);
        if (!b)
            return QStringLiteral("%1 is no button").arg(name);
        b->click();
        return {};
    }
    if (verb == QLatin1String("focus")) {
        w->window()->activateWindow();
        w->setFocus(Qt::OtherFocusReason);
        return {};
    }
    if (verb == QLatin1String("type")) {
        if (auto* e = qobject_cast<QLineEdit*>(w))
            e->setText(rest);
        else if (auto* t = qobject_cast<QPlainTextEdit*>(w))
            t->setPlainText(rest);
        else
            return QStringLiteral("%1 takes no text").arg(name);
        return {};
    }
    if (verb == QLatin1String("key")) {
        const QKeySequence seq(rest);
        if (seq.isEmpty())
            return QStringLiteral("unknown key %1").arg(rest);
        const QKeyCombination k = seq[0];
        QKeyEvent press(QEvent::KeyPress, k.key(), k.keyboardModifiers());
        QKeyEvent release(QEvent::KeyRelease, k.key(), k.keyboardModifiers());
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
        return {};
    }
    if (verb == QLatin1String("select") || verb == QLatin1String("dump")) {
        auto* v = qobject_cast<QAbstractItemView*>(w);
        if (!v || !v->model())
            return QStringLiteral("%1 is no item view").arg(name);
        if (verb == QLatin1String("select")) {
            v->setCurrentIndex(v->model()->index(rest.toInt(), 0));
            return {};
        }
        QStringList rows;
        for (int r = 0; r < v->model()->rowCount(); ++r)
            rows << v->model()->index(r, 0).data(Qt::AccessibleTextRole).toString().replace(u'\n', u' ');
        return writeFile(rest, rows.join(u'\n').toUtf8() + '\n') ? QString()
                                                                 : QStringLiteral("cannot write %1").arg(rest);
    }
    if (verb == QLatin1String("resize")) {
        w->window()->resize(rest.section(u' ', 0, 0).toInt(), rest.section(u' ', 1, 1).toInt());
        return {};
    }
    return QStringLiteral("unknown command %1").arg(verb);
}

bool DebugControl::writeSelfInfo(const QString& path, const SelfInfo& self)
{
    QJsonObject node{
        {QStringLiteral("ipv4"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), self.udpPort},
        {QStringLiteral("public_key"), self.dhtId.toHex()},
    };
    if (self.tcpPort)
        node.insert(QStringLiteral("tcp_ports"), QJsonArray{self.tcpPort});
    const QJsonObject doc{
        {QStringLiteral("nodes"), QJsonArray{node}},
        {QStringLiteral("tox_id"), self.address.toHex()},
    };
    return writeFile(path, QJsonDocument(doc).toJson());
}

} // namespace warren
