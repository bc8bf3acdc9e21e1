// Helpers shared by the widget tests: valid Tox addresses without an
// engine, finding the modal dialog a widget opened, and the English plural
// forms.
#pragma once

#include "core/toxtypes.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <functional>

namespace warren::test {

/// A random but valid Tox address (checksum right).
inline ToxAddress randomAddress()
{
    QByteArray raw(ToxAddress::size, '\0');
    for (int i = 0; i < 36; ++i)
        raw[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    for (int i = 0; i < 36; ++i)
        raw[36 + i % 2] = static_cast<char>(raw[36 + i % 2] ^ raw[i]);
    return ToxAddress::fromBytes(raw);
}

/// Runs @p f on the next modal widget (QMessageBox, QInputDialog) once it
/// is up, so a test can answer a question the code under test asks.
inline void whenModal(std::function<void(QWidget*)> f)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (QWidget* w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            f(w);
        }
    });
    timer->start();
}

/// Installs the English plural forms (warren_en.qm, compiled into
/// warren_gui), as the app does, so that "%n message(s)" reads "2 messages".
/// Leaves the locale alone. Returns false when the translation is missing.
inline bool installEnglishPlurals()
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/warren_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace warren::test
