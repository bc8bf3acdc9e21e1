// One file transfer as a card: name, size, what is happening in words, a
// progress bar with speed and time left, the reason when something went
// wrong, and real buttons for what can be done now (accept, accept to a
// folder, decline, pause, resume, cancel, retry, open, show in folder). A
// finished image shows a small preview. Shown in the chat timeline and in
// the transfers view. Knows nothing of FileTransfers: it is fed values
// (setInfo, setProgress) and emits what the user asked for.
#pragma once

#include "core/files/filetypes.h"

#include <QFrame>
#include <QMap>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace warren {

class TransferCard : public QFrame {
    Q_OBJECT
public:
    enum class Action { Accept, AcceptTo, Reject, Pause, Resume, Cancel, Retry, Open, OpenFolder };
    Q_ENUM(Action)

    explicit TransferCard(const FileTransferInfo& info, QWidget* parent = nullptr);

    /// The friend's display name, used in the state line ("Paused by Bob").
    void setPeerName(const QString& name);
    void setInfo(const FileTransferInfo& info);
    void setProgress(const FileProgress& progress);
    /// Left for what the friend sends, right for ours (as chat bubbles);
    /// the transfers view uses the whole width (AlignJustify).
    void setAlignment(Qt::Alignment alignment);

    const FileTransferInfo& info() const { return m_info; }
    QPushButton* button(Action action) const { return m_buttons.value(action); }
    /// The line under the name: the state, then the progress or the reason.
    QString statusText() const;
    QString detailText() const;
    QProgressBar* progressBar() const { return m_bar; }
    /// The preview of a received or sent image once finished (null pixmap otherwise).
    bool hasPreview() const;

Q_SIGNALS:
    void actionRequested(warren::TransferCard::Action action, const warren::PublicKey& peer, const QString& id);

private:
    QPushButton* addButton(Action action, const QString& text, const QString& accessible);
    void refresh();
    void refreshProgress();
    void loadPreview();

    FileTransferInfo m_info;
    FileProgress m_progress;
    QString m_peer;
    QString m_previewPath;
    QFrame* m_bubble;
    QLabel* m_name;
    QLabel* m_size;
    QLabel* m_status;
    QLabel* m_detail;
    QLabel* m_preview;
    QProgressBar* m_bar;
    QMap<Action, QPushButton*> m_buttons;
    QHBoxLayout* m_outer;
};

} // namespace warren
