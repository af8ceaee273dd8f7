#pragma once

#include <QStringList>
#include <memory>
#include <vector>

class QTranslator;

namespace callwatch {

// The language CallWatch speaks: the one asked for with --lang, else the first of the user's
// preferred languages it has a translation for, else English, the language of the sources.
// The translations (callwatch_<lang>.qm) are embedded at :/i18n, so no install path is involved.
class UiLanguage
{
public:
    UiLanguage();
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    // Language codes CallWatch can speak, sorted: "en" and one per embedded translation.
    static QStringList available();
    // The language for a list of preferences in QLocale::uiLanguages() form ("de-CH", "fr", ...):
    // the first one CallWatch speaks. English comes first only when the user put it first.
    static QString choose(const QStringList &preferred);
    // The language a --lang value ("de", "fr_FR", "ja-JP") names, if CallWatch speaks it; else empty.
    static QString fromCode(const QString &code);

    // Installs CallWatch's and Qt's own translations for `language` (one of available()) into
    // the running application, replacing any installed before; they stay as long as this object.
    // Must run before any translated text is built: widgets, messages, command-line help.
    void install(const QString &language);
    QString language() const { return m_language; }

private:
    void uninstall();

    QString m_language = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace callwatch
