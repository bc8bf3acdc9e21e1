// The desktop settings: the dialog shows and returns the choices (and says
// a new language needs a restart), they survive a save and load, the XDG
// autostart entry is written with a correctly quoted Exec line and removed
// again, a failure to write it is reported, and an unknown language keeps
// the source texts (with the English plural forms). Every compiled
// translation loads and translates; plurals take each language's forms.
#include "gui/desktop/autostart.h"
#include "gui/i18n/translator.h"
#include "gui/settings/desktopsettings.h"
#include "gui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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
    void everyTranslationLoads();
    void germanTranslatesTheDialog();
    void pluralForms_data();
    void pluralForms();
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

namespace {
/// Installs the compiled translation for @p code for the lifetime of the
/// object, the way i18n::install() finds it.
class ScopedTranslation {
public:
    explicit ScopedTranslation(const QString& code)
    {
        m_loaded
            = m_translator.load(QLocale(code), QStringLiteral("warren"), QStringLiteral("_"), QStringLiteral(":/i18n"))
            && QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    ScopedTranslation(const ScopedTranslation&) = delete;
    ScopedTranslation& operator=(const ScopedTranslation&) = delete;
    bool loaded() const { return m_loaded; }
    QString file() const { return QFileInfo(m_translator.filePath()).fileName(); }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

QString unread(int n)
{
    return QCoreApplication::translate("warren::ContactModel", ", %n unread message(s)", nullptr, n);
}
} // namespace

void TestSettings::everyTranslationLoads()
{
    const QStringList codes = i18n::available();
    for (const char* code : {"en", "de", "fr", "es", "ru", "zh_CN"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
    for (const QString& code : codes) {
        if (code == QLatin1String("en"))
            continue;
        ScopedTranslation t(code);
        QVERIFY2(t.loaded(), qPrintable(code));
        QCOMPARE(t.file(), QStringLiteral("warren_%1.qm").arg(code));
        // Every translation translates the settings dialog's title.
        SettingsDialog dialog({});
        QVERIFY2(dialog.windowTitle() != QStringLiteral("Settings"), qPrintable(code));
        QVERIFY2(!dialog.windowTitle().isEmpty(), qPrintable(code));
    }
}

void TestSettings::germanTranslatesTheDialog()
{
    ScopedTranslation de(QStringLiteral("de"));
    QVERIFY(de.loaded());
    SettingsDialog dialog({});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    QCOMPARE(dialog.languageBox()->itemText(0), QStringLiteral("Systemstandard"));
    QCOMPARE(dialog.minimizedBox()->text(), QStringLiteral("Minimiert im Infobereich starten"));
}

void TestSettings::pluralForms_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    // Russian: one (1, 21), few (2-4, 22), many (5-20, 11, 0).
    QTest::newRow("ru 1") << QStringLiteral("ru") << 1 << QStringLiteral(", 1 непрочитанное сообщение");
    QTest::newRow("ru 2") << QStringLiteral("ru") << 2 << QStringLiteral(", 2 непрочитанных сообщения");
    QTest::newRow("ru 5") << QStringLiteral("ru") << 5 << QStringLiteral(", 5 непрочитанных сообщений");
    QTest::newRow("ru 11") << QStringLiteral("ru") << 11 << QStringLiteral(", 11 непрочитанных сообщений");
    QTest::newRow("ru 21") << QStringLiteral("ru") << 21 << QStringLiteral(", 21 непрочитанное сообщение");
    QTest::newRow("ru 22") << QStringLiteral("ru") << 22 << QStringLiteral(", 22 непрочитанных сообщения");
    QTest::newRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral(", 1 ungelesene Nachricht");
    QTest::newRow("de 2") << QStringLiteral("de") << 2 << QStringLiteral(", 2 ungelesene Nachrichten");
    QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral(", 1 message non lu");
    QTest::newRow("fr 3") << QStringLiteral("fr") << 3 << QStringLiteral(", 3 messages non lus");
    QTest::newRow("zh_CN 1") << QStringLiteral("zh_CN") << 1 << QStringLiteral("，1 条未读消息");
    QTest::newRow("zh_CN 5") << QStringLiteral("zh_CN") << 5 << QStringLiteral("，5 条未读消息");
    QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral(", 1 unread message");
    QTest::newRow("en 2") << QStringLiteral("en") << 2 << QStringLiteral(", 2 unread messages");
}

void TestSettings::pluralForms()
{
    QFETCH(QString, code);
    QFETCH(int, n);
    QFETCH(QString, expected);
    ScopedTranslation t(code);
    QVERIFY(t.loaded());
    QCOMPARE(unread(n), expected);
}

void TestSettings::unknownLanguageKeepsSourceTexts()
{
    // Runs last: it installs the English plural forms for good.
    QCOMPARE(unread(2), QStringLiteral(", 2 unread message(s)")); // no translation yet
    QCOMPARE(i18n::install(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(i18n::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    SettingsDialog dialog({});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
    QCOMPARE(unread(1), QStringLiteral(", 1 unread message"));
    QCOMPARE(unread(2), QStringLiteral(", 2 unread messages"));
}

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
