#include "gui/selfpanel.h"

#include "core/engine.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace warren {

SelfPanel::SelfPanel(Engine& engine, QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel)
    , m_connection(new QLabel)
    , m_id(new QLineEdit)
{
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setAccessibleName(tr("Your name"));
    m_connection->setAccessibleName(tr("Connection to the Tox network"));
    m_id->setReadOnly(true);
    m_id->setAccessibleName(tr("Your Tox ID"));
    m_id->setPlaceholderText(tr("Starting…"));
    auto* copy = new QPushButton(tr("Copy"));
    copy->setAccessibleName(tr("Copy your Tox ID"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_id->text()); });

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_connection, 0, 1, Qt::AlignRight);
    grid->addWidget(m_id, 1, 0);
    grid->addWidget(copy, 1, 1);
    showConnection(Connection::None);

    connect(&engine, &Engine::started, this, &SelfPanel::showSelf);
    connect(&engine, &Engine::selfChanged, this, &SelfPanel::showSelf);
    connect(&engine, &Engine::selfConnectionChanged, this, &SelfPanel::showConnection);
    connect(&engine, &Engine::failed, this, [this](const EngineError& e) { m_connection->setText(e.message); });
}

void SelfPanel::showSelf(const SelfInfo& self)
{
    m_name->setText(self.name.isEmpty() ? tr("(no name)") : self.name);
    m_id->setText(self.address.toHex());
    m_id->setCursorPosition(0);
}

void SelfPanel::showConnection(Connection c)
{
    m_connection->setText(c == Connection::None ? tr("● offline") : tr("● online (%1)").arg(toString(c)));
    m_connection->setStyleSheet(c == Connection::None ? QStringLiteral("color: #a33") : QStringLiteral("color: #2a2"));
}

} // namespace warren
