#include "gui/profile/profilelistpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace warren {

namespace {
constexpr int nameRole = Qt::UserRole + 1;
}

ProfileListPage::ProfileListPage(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_open(new QPushButton(tr("&Open")))
{
    setObjectName(QStringLiteral("profileListPage"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_open->setObjectName(QStringLiteral("openProfileButton"));
    m_open->setDefault(true);
    auto* create = new QPushButton(tr("&New profile…"));
    create->setObjectName(QStringLiteral("newProfileButton"));
    auto* import = new QPushButton(tr("&Import…"));
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Use a .tox profile from another Tox client (qTox, toxic, uTox…)"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(import);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Choose a profile</b>")));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);

    const auto openCurrent = [this] {
        if (QListWidgetItem* it = m_list->currentItem())
            Q_EMIT openRequested(it->data(nameRole).toString());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_list, &QListWidget::itemActivated, this, openCurrent);
    connect(create, &QPushButton::clicked, this, &ProfileListPage::createRequested);
    connect(import, &QPushButton::clicked, this, &ProfileListPage::importRequested);
}

void ProfileListPage::setProfiles(const QStringList& names, const QStringList& encrypted)
{
    m_list->clear();
    for (const QString& n : names) {
        const bool locked = encrypted.contains(n);
        auto* it = new QListWidgetItem(locked ? tr("%1 (password)").arg(n) : n, m_list);
        it->setData(nameRole, n);
    }
    m_list->setCurrentRow(0);
    m_open->setEnabled(!names.isEmpty());
}

} // namespace warren
