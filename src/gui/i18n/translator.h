// The user interface's language: Warren's translations are compiled into
// the program (":/i18n/warren_LANG.qm", built from translations/*.ts); Qt's
// own (dialog buttons and the like) come from the system's Qt translations.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace warren::i18n {

/// The languages Warren has been translated into, as codes ("de", "zh_CN"),
/// plus "en" (the source language).
QStringList available();
/// @p code's name in its own language ("Deutsch").
QString nativeName(const QString& code);
/// Installs the translation for @p code, or for the system locale when
/// @p code is empty. English and unknown codes leave the source texts
/// (with the English plural forms of the "%n" texts, from warren_en).
/// Returns the language in effect.
QString install(const QString& code);

} // namespace warren::i18n
