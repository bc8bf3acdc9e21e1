// Helpers shared by the widget tests: valid Tox addresses without an
// engine, and finding the modal dialog a widget opened.
#pragma once

#include "core/toxtypes.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QTimer>
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

} // namespace warren::test
