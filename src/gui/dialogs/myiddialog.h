// "My Tox ID": the ID as text with a copy button, the tox: link, the QR code
// (libqrencode) with "Save as PNG…", and "New nospam…", which after a
// confirmation asks for a new random nospam (the old ID then stops working
// for new friend requests; existing friends are not affected).
#pragma once

#include "core/toxtypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace warren {

class MyIdDialog : public QDialog {
    Q_OBJECT
public:
    explicit MyIdDialog(QWidget* parent = nullptr);

    void setAddress(const ToxAddress& address);
    const ToxAddress& address() const { return m_address; }
    /// The QR code of the tox: link as an image, @p scale pixels per module.
    QImage qrImage(int scale = 8) const;
    /// Writes qrImage() to @p path as PNG.
    bool saveQr(const QString& path) const;

    QLineEdit* idField() const { return m_id; }
    QLabel* qrLabel() const { return m_qr; }

Q_SIGNALS:
    /// The user confirmed a new nospam; the caller applies it (Engine::setNospam).
    void nospamRequested(quint32 nospam);

private:
    void confirmNewNospam();
    void saveQrAs();
    void renderQr();

    ToxAddress m_address;
    QLineEdit* m_id;
    QLabel* m_link;
    QLabel* m_qr;
    QPushButton* m_save;
    QPushButton* m_nospam;
};

} // namespace warren
