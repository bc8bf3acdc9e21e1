#include "gui/tunnels/tunnelspanel.h"

#include "gui/tunnels/forwarddialog.h"
#include "gui/tunnels/forwardmodel.h"
#include "gui/tunnels/offerspage.h"
#include "gui/tunnels/sharedialog.h"
#include "gui/tunnels/sharemodel.h"
#include "gui/tunnels/streammodel.h"
#include "gui/tunnels/tunnelmanager.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace warren {

namespace {
QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName)
{
    auto* v = new QTableView;
    v->setObjectName(objectName);
    v->setAccessibleName(accessibleName);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->setTextElideMode(Qt::ElideRight);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setAccessibleName(TunnelsPanel::tr("Columns of %1").arg(accessibleName));
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return v;
}

QPushButton* makeButton(const QString& text, const QString& objectName, const QString& accessibleName)
{
    auto* b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    return b;
}

/// The table over a row of buttons, as one tab page.
QWidget* page(QWidget* intro, QTableView* table, const QList<QPushButton*>& buttons)
{
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    layout->setContentsMargins(6, 6, 6, 6);
    if (intro)
        layout->addWidget(intro);
    layout->addWidget(table, 1);
    if (!buttons.isEmpty()) {
        auto* row = new QHBoxLayout;
        for (QPushButton* b : buttons)
            row->addWidget(b);
        row->addStretch(1);
        layout->addLayout(row);
    }
    return w;
}
} // namespace

TunnelsPanel::TunnelsPanel(TunnelManager& manager, const ContactModel* contacts, QWidget* parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_contacts(contacts)
    , m_forwardModel(new ForwardModel(manager, contacts, this))
    , m_shareModel(new ShareModel(manager, contacts, this))
    , m_streamModel(new StreamModel(manager, contacts, this))
    , m_tabs(new QTabWidget)
    , m_forwards(makeTable(m_forwardModel, QStringLiteral("forwardList"), tr("My forwards")))
    , m_shares(makeTable(m_shareModel, QStringLiteral("shareList"), tr("Ports shared with friends")))
    , m_streams(makeTable(m_streamModel, QStringLiteral("streamList"), tr("Open streams")))
    , m_offers(new OffersPage(manager, contacts))
    , m_editForward(makeButton(tr("&Edit…"), QStringLiteral("editForwardButton"), tr("Edit forward")))
    , m_removeForward(makeButton(tr("&Remove"), QStringLiteral("removeForwardButton"), tr("Remove forward")))
    , m_startForward(makeButton(tr("S&tart"), QStringLiteral("startForwardButton"), tr("Start forward")))
    , m_stopForward(makeButton(tr("St&op"), QStringLiteral("stopForwardButton"), tr("Stop forward")))
    , m_editShare(makeButton(tr("E&dit…"), QStringLiteral("editShareButton"), tr("Edit shared port")))
    , m_removeShare(makeButton(tr("Re&move"), QStringLiteral("removeShareButton"), tr("Stop sharing this port")))
{
    setObjectName(QStringLiteral("tunnelsPanel"));
    setAccessibleName(tr("Tunnels"));
    m_tabs->setObjectName(QStringLiteral("tunnelTabs"));
    m_tabs->setAccessibleName(tr("Tunnel lists"));
    m_forwards->setAccessibleDescription(
        tr("Local addresses whose connections are carried to a host and port at a friend's side."));
    m_shares->setAccessibleDescription(tr("What each friend may reach through this computer; the rest is denied."));
    m_streams->setAccessibleDescription(tr("Connections open through tunnels now, both ways."));

    auto* addForward = makeButton(tr("&Open a tunnel…"), QStringLiteral("addForwardButton"), tr("Open a tunnel"));
    auto* addShare = makeButton(tr("&Share a port…"), QStringLiteral("addShareButton"), tr("Share a port"));
    auto* shareIntro = new QLabel(tr("Friends can reach only the hosts and ports listed here; every other request "
                                     "is denied."));
    shareIntro->setWordWrap(true);
    m_tabs->addTab(
        page(nullptr, m_forwards, {addForward, m_editForward, m_removeForward, m_startForward, m_stopForward}),
        tr("My forwards"));
    m_tabs->addTab(page(shareIntro, m_shares, {addShare, m_editShare, m_removeShare}), tr("Shared ports"));
    m_tabs->addTab(page(nullptr, m_streams, {}), tr("Open streams"));
    m_tabs->addTab(m_offers, tr("Offered ports"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(addForward, &QPushButton::clicked, this, [this] { openTunnelTo(); });
    connect(m_editForward, &QPushButton::clicked, this, &TunnelsPanel::editForward);
    connect(m_forwards, &QTableView::doubleClicked, this, &TunnelsPanel::editForward);
    connect(m_removeForward, &QPushButton::clicked, this, &TunnelsPanel::removeForward);
    connect(m_startForward, &QPushButton::clicked, this, [this] { setSelectedEnabled(true); });
    connect(m_stopForward, &QPushButton::clicked, this, [this] { setSelectedEnabled(false); });
    connect(addShare, &QPushButton::clicked, this, [this] { sharePortWith(); });
    connect(m_editShare, &QPushButton::clicked, this, &TunnelsPanel::editShare);
    connect(m_shares, &QTableView::doubleClicked, this, &TunnelsPanel::editShare);
    connect(m_removeShare, &QPushButton::clicked, this, &TunnelsPanel::removeShare);
    connect(m_forwards->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TunnelsPanel::updateButtons);
    connect(m_shares->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TunnelsPanel::updateButtons);
    connect(m_forwardModel, &QAbstractItemModel::dataChanged, this, &TunnelsPanel::updateButtons);
    connect(m_forwardModel, &QAbstractItemModel::modelReset, this, &TunnelsPanel::updateButtons);
    connect(m_shareModel, &QAbstractItemModel::modelReset, this, &TunnelsPanel::updateButtons);
    connect(&manager, &TunnelManager::problem, this,
        [this](const QString& why) { QMessageBox::warning(this, tr("Tunnels"), why); });
    updateButtons();
}

QString TunnelsPanel::selectedForward() const
{
    const QModelIndexList rows = m_forwards->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_forwardModel->idAt(rows.first().row());
}

int TunnelsPanel::selectedShare() const
{
    const QModelIndexList rows = m_shares->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TunnelsPanel::updateButtons()
{
    const QString id = selectedForward();
    const int row = m_forwardModel->rowOf(id);
    const bool enabled = row >= 0 && m_forwardModel->index(row, 0).data(ForwardModel::EnabledRole).toBool();
    const bool offer = row >= 0 && m_forwardModel->index(row, 0).data(ForwardModel::OfferRole).toBool();
    m_editForward->setEnabled(row >= 0 && !offer);
    m_editForward->setToolTip(offer ? tr("A forward you accepted from a friend's offer cannot be edited.") : QString());
    m_removeForward->setEnabled(row >= 0);
    m_startForward->setEnabled(row >= 0 && !enabled);
    m_stopForward->setEnabled(row >= 0 && enabled);
    const int share = selectedShare();
    const bool offered = share >= 0 && m_shareModel->isOffer(share);
    m_editShare->setEnabled(share >= 0 && !offered);
    m_removeShare->setEnabled(share >= 0 && !offered);
}

void TunnelsPanel::openTunnelTo(const PublicKey& key)
{
    m_tabs->setCurrentIndex(0);
    ForwardDialog dialog(m_contacts, this);
    if (!key.isNull())
        dialog.setFriend(key);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = m_manager.addForward(dialog.forward());
    m_forwards->selectRow(m_forwardModel->rowOf(id));
}

void TunnelsPanel::editForward()
{
    const QString id = selectedForward();
    const tunnel::SavedForward* f = nullptr;
    for (const tunnel::SavedForward& c : m_manager.settings().forwards)
        if (c.spec.id == id)
            f = &c;
    if (!f || f->spec.offerId != 0)
        return;
    ForwardDialog dialog(m_contacts, this);
    dialog.setForward(*f);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_manager.updateForward(dialog.forward());
    m_forwards->selectRow(m_forwardModel->rowOf(id));
}

void TunnelsPanel::removeForward()
{
    const QString id = selectedForward();
    const int row = m_forwardModel->rowOf(id);
    if (row < 0)
        return;
    const QString what = tr("%1 to %2 at %3")
                             .arg(m_forwardModel->index(row, ForwardModel::Local).data().toString(),
                                 m_forwardModel->index(row, ForwardModel::Target).data().toString(),
                                 m_forwardModel->index(row, ForwardModel::Friend).data().toString());
    const auto answer = QMessageBox::question(this, tr("Remove forward"),
        tr("Remove the forward %1? Connections open through it stay open until they close.").arg(what),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_manager.removeForward(id);
}

void TunnelsPanel::setSelectedEnabled(bool enabled)
{
    if (const QString id = selectedForward(); !id.isEmpty())
        m_manager.setForwardEnabled(id, enabled);
    updateButtons();
}

void TunnelsPanel::sharePortWith(const PublicKey& key)
{
    m_tabs->setCurrentIndex(1);
    ShareDialog dialog(m_contacts, this);
    if (!key.isNull())
        dialog.setFriend(key);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto s = dialog.share()) {
        m_manager.addShare(*s);
        m_shares->selectRow(m_shareModel->rowCount() - 1);
    }
}

void TunnelsPanel::offerPortTo(const PublicKey& key)
{
    m_tabs->setCurrentWidget(m_offers);
    m_offers->offerPortTo(key);
}

void TunnelsPanel::editShare()
{
    const int row = selectedShare();
    if (row < 0)
        return;
    if (m_shareModel->isOffer(row)) { // managed where it was offered
        m_tabs->setCurrentWidget(m_offers);
        return;
    }
    ShareDialog dialog(m_contacts, this);
    dialog.setShare(m_manager.settings().shares[row]);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto s = dialog.share()) {
        m_manager.updateShare(row, *s);
        m_shares->selectRow(row);
    }
}

void TunnelsPanel::removeShare()
{
    const int row = selectedShare();
    if (row < 0 || m_shareModel->isOffer(row))
        return;
    const auto answer = QMessageBox::question(this, tr("Stop sharing"),
        tr("Stop sharing %1:%2 with %3? Connections already open stay open until they close.")
            .arg(m_shareModel->index(row, ShareModel::Host).data().toString(),
                m_shareModel->index(row, ShareModel::Ports).data().toString(),
                m_shareModel->index(row, ShareModel::Friend).data().toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_manager.removeShare(row);
}

} // namespace warren
