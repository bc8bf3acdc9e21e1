// Search all chats: a field (searching as you type, after a short pause, or
// at once on Enter), the matching messages, and a line saying how many.
// Activating a hit asks to open that chat. The search itself runs on
// ChatService's searcher thread; answers for an older query are ignored.
#pragma once

#include "core/toxtypes.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListView;

namespace warren {

class ChatService;
class SearchResultModel;
struct SearchHit;

class HistorySearchDialog : public QDialog {
    Q_OBJECT
public:
    explicit HistorySearchDialog(ChatService& chat, QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    QListView* results() const { return m_list; }
    SearchResultModel* model() const { return m_model; }
    QLabel* status() const { return m_status; }

Q_SIGNALS:
    void openRequested(const warren::PublicKey& key, qint64 messageId);

private:
    void startSearch();
    void showHits(const QString& query, const QList<warren::SearchHit>& hits);

    ChatService& m_chat;
    QLineEdit* m_field;
    QListView* m_list;
    SearchResultModel* m_model;
    QLabel* m_status;
    QTimer m_pause;
    QString m_pending; ///< the query whose answer we wait for
};

} // namespace warren
