#include "gui/settings/settingsdialog.h"

#include "gui/i18n/translator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace warren {

SettingsDialog::SettingsDialog(const DesktopSettings& current, QWidget* parent)
    : QDialog(parent)
    , m_initial(current)
    , m_language(new QComboBox)
    , m_autostart(new QCheckBox(tr("Start Warren when I log in")))
    , m_minimized(new QCheckBox(tr("Start minimized to the tray")))
    , m_restartNote(new QLabel(tr("The new language is used the next time Warren starts.")))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : i18n::available())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language)));
    m_autostart->setObjectName(QStringLiteral("autostartBox"));
    m_autostart->setAccessibleName(m_autostart->text());
    m_autostart->setChecked(current.autostart);
    m_minimized->setObjectName(QStringLiteral("minimizedBox"));
    m_minimized->setAccessibleName(m_minimized->text());
    m_minimized->setChecked(current.startMinimized);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { m_restartNote->setVisible(settings().language != m_initial.language); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(QString(), m_autostart);
    form->addRow(QString(), m_minimized);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

DesktopSettings SettingsDialog::settings() const
{
    DesktopSettings s;
    s.language = m_language->currentData().toString();
    s.autostart = m_autostart->isChecked();
    s.startMinimized = m_minimized->isChecked();
    return s;
}

} // namespace warren
