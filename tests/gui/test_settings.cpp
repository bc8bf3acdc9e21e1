// The desktop settings: the dialog shows and returns the choices (and says
// a new language needs a restart), they survive a save and load, the XDG
// autostart entry is written with a correctly quoted Exec line and removed
// again, a failure to write it is reported, and an unknown language keeps
// the source texts.
#include "gui/desktop/autostart.h"
#include "gui/i18n/translator.h"
#include "gui/settings/desktopsettings.h"
#include "gui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dialogShowsAndReturnsChoices();
    void saveAndLoad();
    void autostartEntry();
    void autostartFailureIsReported();
    void unknownLanguageKeepsSourceTexts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_oldConfigHome;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_oldConfigHome = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
}

void TestSettings::cleanup()
{
    qputenv("XDG_CONFIG_HOME", m_oldConfigHome);
}

void TestSettings::dialogShowsAndReturnsChoices()
{
    DesktopSettings current;
    current.startMinimized = true;
    SettingsDialog dialog(current);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.minimizedBox()->isChecked());
    QVERIFY(!dialog.autostartBox()->isChecked());
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString()); // system default
    QVERIFY(dialog.languageBox()->findData(QStringLiteral("en")) > 0);
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("restartNote"));
    QVERIFY(note && !note->isVisible());

    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    QVERIFY(note->isVisible());
    QTest::mouseClick(dialog.autostartBox(), Qt::LeftButton);
    const DesktopSettings chosen = dialog.settings();
    QCOMPARE(chosen.language, QStringLiteral("en"));
    QVERIFY(chosen.autostart);
    QVERIFY(chosen.startMinimized);
    QVERIFY(!dialog.languageBox()->accessibleName().isEmpty());
}

void TestSettings::saveAndLoad()
{
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    DesktopSettings s;
    s.language = QStringLiteral("zh_CN");
    s.autostart = true;
    s.startMinimized = true;
    {
        QSettings ini(path, QSettings::IniFormat);
        QCOMPARE(DesktopSettings::load(ini), DesktopSettings{}); // nothing stored yet
        s.save(ini);
    }
    QSettings ini(path, QSettings::IniFormat);
    QCOMPARE(DesktopSettings::load(ini), s);
}

void TestSettings::autostartEntry()
{
    QVERIFY(!autostart::isEnabled());
    QCOMPARE(autostart::entryPath(), m_dir->filePath(QStringLiteral("config/autostart/warren.desktop")));
    QString error;
    QVERIFY2(autostart::setEnabled(true, &error, QStringLiteral("/opt/My Apps/warren"),
                 {QStringLiteral("--profile"), QStringLiteral("50% \"bob\"")}),
        qPrintable(error));
    QVERIFY(autostart::isEnabled());
    QFile f(autostart::entryPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString entry = QString::fromUtf8(f.readAll());
    QVERIFY(entry.startsWith(QStringLiteral("[Desktop Entry]\n")));
    // Quoted arguments; " is escaped as \" and that backslash again as \\;
    // % is doubled.
    QVERIFY2(entry.contains(QStringLiteral("\nExec=\"/opt/My Apps/warren\" \"--profile\" \"50%% \\\\\"bob\\\\\"\"\n")),
        qPrintable(entry));
    QVERIFY(entry.contains(QStringLiteral("\nType=Application\n")));

    QVERIFY2(autostart::setEnabled(false, &error), qPrintable(error));
    QVERIFY(!autostart::isEnabled());
    QVERIFY2(autostart::setEnabled(false, &error), qPrintable(error)); // already off: fine
}

void TestSettings::autostartFailureIsReported()
{
    // "autostart" is a file, so the entry cannot be written under it.
    const QString config = m_dir->filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config));
    QFile blocker(config + QStringLiteral("/autostart"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!autostart::setEnabled(true, &error));
    QVERIFY2(error.contains(QStringLiteral("autostart")), qPrintable(error));
    QVERIFY(!autostart::isEnabled());
}

void TestSettings::unknownLanguageKeepsSourceTexts()
{
    QCOMPARE(i18n::install(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(i18n::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    SettingsDialog dialog({});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
}

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
