#include "gui/search/historysearchdialog.h"

#include "core/chat/chatservice.h"
#include "gui/icons.h"
#include "gui/search/searchresultmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace warren {

namespace {
constexpr int typingPauseMs = 250;
constexpr int maxHits = 200;
} // namespace

HistorySearchDialog::HistorySearchDialog(ChatService& chat, QWidget* parent)
    : QDialog(parent)
    , m_chat(chat)
    , m_field(new QLineEdit)
    , m_list(new QListView)
    , m_model(new SearchResultModel(this))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("historySearchDialog"));
    setWindowTitle(tr("Search messages"));
    m_field->setObjectName(QStringLiteral("historySearchField"));
    m_field->setPlaceholderText(tr("Words to find in all chats"));
    m_field->setAccessibleName(tr("Search messages"));
    m_field->setClearButtonEnabled(true);
    m_field->addAction(icons::icon(u"search"), QLineEdit::LeadingPosition);
    m_list->setObjectName(QStringLiteral("historySearchResults"));
    m_list->setAccessibleName(tr("Matching messages"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_status->setObjectName(QStringLiteral("historySearchStatus"));
    m_status->setText(tr("Type words to find them in every chat."));
    m_status->setAccessibleName(tr("Search status"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    // Enter searches (in the field) or opens a hit (in the list); it must
    // never fall through to Close.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, 440);

    m_pause.setSingleShot(true);
    m_pause.setInterval(typingPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &HistorySearchDialog::startSearch);
    connect(m_field, &QLineEdit::textEdited, &m_pause, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, &HistorySearchDialog::startSearch);
    connect(&chat, &ChatService::searchFinished, this, &HistorySearchDialog::showHits);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& i) {
        const SearchHit& hit = m_model->at(i.row());
        Q_EMIT openRequested(hit.message.friendKey, hit.message.id);
    });
}

void HistorySearchDialog::startSearch()
{
    m_pause.stop();
    const QString query = m_field->text().trimmed();
    if (query == m_pending)
        return;
    m_pending = query;
    if (query.isEmpty()) {
        m_model->setHits({});
        m_status->setText(tr("Type words to find them in every chat."));
        return;
    }
    m_status->setText(tr("Searching…"));
    m_chat.search(query, maxHits);
}

void HistorySearchDialog::showHits(const QString& query, const QList<SearchHit>& hits)
{
    if (query != m_pending)
        return; // an answer to an older query
    m_model->setHits(hits);
    if (hits.isEmpty())
        m_status->setText(tr("No message contains “%1”.").arg(query));
    else if (hits.size() >= maxHits)
        m_status->setText(tr("The %n newest matching message(s); add words to narrow the search.", nullptr,
            static_cast<int>(hits.size())));
    else
        m_status->setText(tr("%n matching message(s).", nullptr, static_cast<int>(hits.size())));
    if (!hits.isEmpty() && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, 0));
}

} // namespace warren
