#include "gui/dialogs/myiddialog.h"

#include "gui/icons.h"
#include "gui/qrcode.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace warren {

MyIdDialog::MyIdDialog(QWidget* parent)
    : QDialog(parent)
    , m_id(new QLineEdit)
    , m_link(new QLabel)
    , m_qr(new QLabel)
    , m_save(new QPushButton(tr("&Save QR code…")))
    , m_nospam(new QPushButton(tr("&New nospam…")))
{
    setObjectName(QStringLiteral("myIdDialog"));
    setWindowTitle(tr("My Tox ID"));
    setWindowIcon(icons::icon(u"qrcode"));
    auto* intro = new QLabel(tr("Give this ID (or let your friend scan the code) to be added as a friend."));
    intro->setWordWrap(true);
    m_id->setObjectName(QStringLiteral("myIdField"));
    m_id->setReadOnly(true);
    m_id->setAccessibleName(tr("Your Tox ID"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_id->setFont(mono);
    m_id->setMinimumWidth(m_id->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 78);
    auto* copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(QStringLiteral("copyIdButton"));
    copy->setAccessibleName(tr("Copy your Tox ID"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_address.toHex()); });
    m_link->setObjectName(QStringLiteral("myIdLink"));
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_link->setAccessibleName(tr("Your tox: link"));
    m_link->setFont(mono);
    auto* copyLink = new QPushButton(tr("Copy &link"));
    copyLink->setAccessibleName(tr("Copy your tox: link"));
    connect(copyLink, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_address.toUri()); });
    m_qr->setObjectName(QStringLiteral("myIdQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setAccessibleName(tr("QR code of your Tox ID"));
    m_save->setObjectName(QStringLiteral("saveQrButton"));
    m_save->setAccessibleName(tr("Save the QR code as a PNG image"));
    connect(m_save, &QPushButton::clicked, this, &MyIdDialog::saveQrAs);
    m_nospam->setObjectName(QStringLiteral("newNospamButton"));
    m_nospam->setAccessibleName(tr("Get a new Tox ID with a new nospam"));
    m_nospam->setToolTip(tr("Changes the end of your Tox ID, so that the old ID no longer works for new "
                            "friend requests (stops spam). Your friends keep you."));
    connect(m_nospam, &QPushButton::clicked, this, &MyIdDialog::confirmNewNospam);

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(copy);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(copyLink);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_nospam, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(idRow);
    layout->addLayout(linkRow);
    layout->addWidget(m_qr, 1);
    layout->addWidget(buttons);
    setAddress({});
}

void MyIdDialog::setAddress(const ToxAddress& address)
{
    m_address = address;
    m_id->setText(address.isNull() ? tr("(starting…)") : address.toHex());
    m_id->setCursorPosition(0);
    m_link->setText(address.isNull() ? QString() : address.toUri());
    m_save->setEnabled(!address.isNull());
    m_nospam->setEnabled(!address.isNull());
    renderQr();
}

QImage MyIdDialog::qrImage(int scale) const
{
    if (m_address.isNull())
        return {};
    return QrCode::encode(m_address.toUri()).toImage(scale);
}

void MyIdDialog::renderQr()
{
    if (m_address.isNull()) {
        m_qr->clear();
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QImage img = qrImage(qMax(1, qRound(5 * dpr)));
    img.setDevicePixelRatio(dpr);
    m_qr->setPixmap(QPixmap::fromImage(img));
}

bool MyIdDialog::saveQr(const QString& path) const
{
    const QImage img = qrImage();
    return !img.isNull() && img.save(path, "PNG");
}

void MyIdDialog::saveQrAs()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("tox-id.png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save QR code"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveQr(path))
        QMessageBox::warning(this, tr("Save QR code"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void MyIdDialog::confirmNewNospam()
{
    const auto answer = QMessageBox::question(this, tr("New nospam"),
        tr("Your Tox ID will change. The old ID stops working for new friend requests, so people who only have "
           "the old one cannot add you any more. Friends you already have are not affected.\n\n"
           "Get a new Tox ID?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        Q_EMIT nospamRequested(QRandomGenerator::system()->generate());
}

} // namespace warren
