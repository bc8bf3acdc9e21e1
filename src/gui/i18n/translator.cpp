#include "gui/i18n/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace warren::i18n {

namespace {
const QString resourceDir = QStringLiteral(":/i18n");

QString codeOf(const QString& qmFile)
{
    // warren_de.qm -> de
    return qmFile.mid(7, qmFile.size() - 7 - 3);
}
} // namespace

QStringList available()
{
    QStringList codes{QStringLiteral("en")};
    for (const QString& f : QDir(resourceDir).entryList({QStringLiteral("warren_*.qm")}, QDir::Files, QDir::Name)) {
        const QString code = codeOf(f);
        if (code != QLatin1String("en"))
            codes << code;
    }
    return codes;
}

QString nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    if (code.contains(u'_'))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    name[0] = name[0].toUpper();
    return name;
}

QString install(const QString& code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("warren"), QStringLiteral("_"), resourceDir)) {
        // No translation (or the "C" locale): the source texts, but with the
        // English plural forms ("%n message(s)" -> "1 message", "2 messages").
        if (own->load(QStringLiteral("warren_en"), resourceDir))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return codeOf(QFileInfo(own->filePath()).fileName());
}

} // namespace warren::i18n
