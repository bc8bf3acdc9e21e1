#include "gui/files/transfercard.h"

#include "gui/files/transferformat.h"
#include "gui/icons.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace warren {

namespace {
constexpr int bubbleWidth = 440;
constexpr QSize previewBox{240, 160};

bool isIncoming(const FileTransferInfo& i)
{
    return i.direction == TransferDirection::Incoming;
}
} // namespace

TransferCard::TransferCard(const FileTransferInfo& info, QWidget* parent)
    : QFrame(parent)
    , m_info(info)
    , m_bubble(new QFrame)
    , m_name(new QLabel)
    , m_size(new QLabel)
    , m_status(new QLabel)
    , m_detail(new QLabel)
    , m_preview(new QLabel)
    , m_bar(new QProgressBar)
    , m_outer(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("transferCard"));
    m_bubble->setObjectName(QStringLiteral("transferBubble"));
    m_bubble->setFrameShape(QFrame::StyledPanel);
    m_bubble->setAutoFillBackground(true);
    m_bubble->setBackgroundRole(QPalette::AlternateBase);
    m_bubble->setMaximumWidth(bubbleWidth);
    m_bubble->setFocusPolicy(Qt::NoFocus);
    m_name->setObjectName(QStringLiteral("transferName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    m_size->setObjectName(QStringLiteral("transferSize"));
    m_size->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("transferStatus"));
    m_status->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("transferDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("transferPreview"));
    m_preview->hide();
    m_bar->setObjectName(QStringLiteral("transferProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);

    auto* title = new QHBoxLayout;
    auto* fileIcon = new QLabel;
    fileIcon->setPixmap(icons::icon(u"paperclip").pixmap(20, 20));
    title->addWidget(fileIcon, 0, Qt::AlignTop);
    title->addWidget(m_name, 1);
    title->addWidget(m_size, 0, Qt::AlignTop);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    const QString n = info.name;
    buttons->addWidget(addButton(Action::Accept, tr("Accept"), tr("Accept %1").arg(n)));
    buttons->addWidget(addButton(Action::AcceptTo, tr("Save to…"), tr("Save %1 to a folder…").arg(n)));
    buttons->addWidget(addButton(Action::Reject, tr("Decline"), tr("Decline %1").arg(n)));
    buttons->addWidget(addButton(Action::Open, tr("Open"), tr("Open %1").arg(n)));
    buttons->addWidget(addButton(Action::OpenFolder, tr("Show in folder"), tr("Show %1 in its folder").arg(n)));
    buttons->addWidget(addButton(Action::Pause, tr("Pause"), tr("Pause %1").arg(n)));
    buttons->addWidget(addButton(Action::Resume, tr("Resume"), tr("Resume %1").arg(n)));
    buttons->addWidget(addButton(Action::Retry, tr("Retry"), tr("Retry %1").arg(n)));
    buttons->addWidget(addButton(Action::Cancel, tr("Cancel"), tr("Cancel %1").arg(n)));
    buttons->addStretch(1);

    auto* inner = new QVBoxLayout(m_bubble);
    inner->setContentsMargins(10, 8, 10, 8);
    inner->setSpacing(4);
    inner->addLayout(title);
    inner->addWidget(m_preview);
    inner->addWidget(m_status);
    inner->addWidget(m_bar);
    inner->addWidget(m_detail);
    inner->addLayout(buttons);
    m_outer->setContentsMargins(6, 4, 6, 4);
    m_outer->addWidget(m_bubble, 1);
    setAlignment(isIncoming(info) ? Qt::AlignLeft : Qt::AlignRight);

    m_progress.peer = info.peer;
    m_progress.id = info.id;
    m_progress.transferred = info.transferred;
    m_progress.size = info.size;
    refresh();
}

QPushButton* TransferCard::addButton(Action action, const QString& text, const QString& accessible)
{
    auto* b = new QPushButton(text);
    static const char* const names[] = {"acceptButton", "acceptToButton", "rejectButton", "pauseButton", "resumeButton",
        "cancelButton", "retryButton", "openButton", "openFolderButton"};
    b->setObjectName(QLatin1String(names[static_cast<int>(action)]));
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    connect(b, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(action, m_info.peer, m_info.id); });
    m_buttons.insert(action, b);
    return b;
}

void TransferCard::setAlignment(Qt::Alignment alignment)
{
    while (m_outer->count() > 0)
        delete m_outer->takeAt(0);
    if (alignment & (Qt::AlignRight | Qt::AlignHCenter))
        m_outer->addStretch(1);
    m_outer->addWidget(m_bubble, 10);
    if (alignment & (Qt::AlignLeft | Qt::AlignHCenter))
        m_outer->addStretch(1);
    m_bubble->setMaximumWidth(alignment & Qt::AlignJustify ? QWIDGETSIZE_MAX : bubbleWidth);
}

void TransferCard::setPeerName(const QString& name)
{
    if (name == m_peer)
        return;
    m_peer = name;
    refresh();
}

void TransferCard::setInfo(const FileTransferInfo& info)
{
    if (info.peer != m_info.peer || info.id != m_info.id)
        return;
    m_info = info;
    m_progress.transferred = info.transferred;
    m_progress.size = info.size;
    if (info.state != TransferState::Active) {
        m_progress.bytesPerSecond = 0;
        m_progress.etaSeconds = -1;
    }
    refresh();
}

void TransferCard::setProgress(const FileProgress& progress)
{
    if (progress.peer != m_info.peer || progress.id != m_info.id)
        return;
    m_progress = progress;
    m_info.transferred = progress.transferred;
    refreshProgress();
}

QString TransferCard::statusText() const
{
    return m_status->text();
}

QString TransferCard::detailText() const
{
    return m_detail->isVisibleTo(this) ? m_detail->text() : QString();
}

bool TransferCard::hasPreview() const
{
    return m_preview->pixmap().isNull() == false && m_preview->isVisibleTo(this);
}

void TransferCard::refresh()
{
    const TransferState s = m_info.state;
    const bool in = isIncoming(m_info);
    const QString peer = m_peer.isEmpty() ? m_info.peer.toHex().left(8) : m_peer;
    m_name->setText(m_info.name);
    m_size->setText(transferformat::size(m_info.size));
    m_status->setText(transferformat::stateLine(m_info, peer));

    const bool live = !isTerminal(s);
    const bool offeredToUs = in && s == TransferState::Offered;
    const QString folder = in ? m_info.folder : QFileInfo(m_info.path).absolutePath();
    const auto show = [this](Action a, bool visible, bool enabled = true) {
        m_buttons[a]->setVisible(visible);
        m_buttons[a]->setEnabled(visible && enabled);
    };
    show(Action::Accept, offeredToUs);
    show(Action::AcceptTo, offeredToUs);
    show(Action::Reject, offeredToUs);
    show(Action::Pause, s == TransferState::Active);
    // Only our own pause can be lifted here; the friend lifts theirs.
    show(Action::Resume, s == TransferState::Paused, m_info.pausedByUs);
    show(Action::Cancel, live && !offeredToUs);
    show(Action::Retry, s == TransferState::Failed || s == TransferState::Cancelled);
    show(Action::Open, s == TransferState::Finished && !m_info.path.isEmpty());
    show(Action::OpenFolder,
        (s == TransferState::Finished || (in && !folder.isEmpty() && s != TransferState::Offered))
            && !folder.isEmpty());

    const bool failed = s == TransferState::Failed;
    QPalette errorPalette;
    if (failed)
        errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_detail->setPalette(errorPalette);
    m_bar->setVisible(s == TransferState::Active || s == TransferState::Paused || s == TransferState::Interrupted
        || (s == TransferState::Failed && m_info.transferred > 0));
    refreshProgress();
    loadPreview();
    setAccessibleName(tr("File %1").arg(m_info.name));
    setAccessibleDescription(m_status->text());
    m_bar->setAccessibleName(tr("Progress of %1").arg(m_info.name));
}

void TransferCard::refreshProgress()
{
    const quint64 size = m_progress.size > 0 ? m_progress.size : m_info.size;
    const quint64 done = m_info.state == TransferState::Finished ? size : m_progress.transferred;
    m_bar->setValue(size == 0 ? (m_info.state == TransferState::Finished ? 1000 : 0)
                              : static_cast<int>(static_cast<double>(done) * 1000.0 / static_cast<double>(size)));
    // The reason is shown when it tells more than the state line: why it
    // failed or stopped, or why our accept did not work.
    QString detail;
    switch (m_info.state) {
    case TransferState::Active:
        detail = transferformat::progressLine(done, size, m_progress.bytesPerSecond, m_progress.etaSeconds);
        break;
    case TransferState::Paused:
    case TransferState::Interrupted:
        detail = transferformat::progressLine(done, size, 0, -1);
        break;
    case TransferState::Offered:
        if (isIncoming(m_info))
            detail = m_info.reason;
        break;
    case TransferState::Failed:
    case TransferState::Cancelled:
        detail = m_info.reason;
        break;
    case TransferState::Queued:
    case TransferState::Finished:
        break;
    }
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_bar->setAccessibleDescription(detail);
}

void TransferCard::loadPreview()
{
    const bool image = m_info.state == TransferState::Finished && transferformat::looksLikeImage(m_info.name);
    if (!image) {
        m_preview->hide();
        return;
    }
    if (m_previewPath == m_info.path)
        return;
    m_previewPath = m_info.path;
    // Decoded at the preview's size, so a large photo costs no more memory.
    QImageReader reader(m_info.path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid()) {
        size.scale(size.boundedTo(previewBox), Qt::KeepAspectRatio);
        reader.setScaledSize(size);
    }
    const QImage img = reader.read();
    if (img.isNull()) {
        m_preview->hide();
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(img));
    m_preview->setAccessibleName(tr("Preview of %1").arg(m_info.name));
    m_preview->show();
}

} // namespace warren
