#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace callwatch {

namespace {

const QString translationsDir = QStringLiteral(":/i18n");
const QString sourceLanguage = QStringLiteral("en");

// "de-CH", "fr_FR", "ja" -> "de", "fr", "ja"; empty when the code names no language at all.
QString languageOf(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    return QLocale::languageToCode(locale.language());
}

} // namespace

UiLanguage::UiLanguage() = default;

UiLanguage::~UiLanguage()
{
    uninstall();
}

QStringList UiLanguage::available()
{
    QStringList languages { sourceLanguage };
    const QStringList files
        = QDir(translationsDir).entryList({ QStringLiteral("callwatch_*.qm") }, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(int(qstrlen("callwatch_"))).chopped(int(qstrlen(".qm"))));
    languages.sort();
    return languages;
}

QString UiLanguage::choose(const QStringList &preferred)
{
    const QStringList speaks = available();
    for (const QString &code : preferred) {
        const QString language = languageOf(code);
        if (speaks.contains(language))
            return language;
    }
    return sourceLanguage;
}

QString UiLanguage::fromCode(const QString &code)
{
    const QString language = languageOf(code);
    return available().contains(language) ? language : QString();
}

void UiLanguage::install(const QString &language)
{
    uninstall();
    m_language = language;
    if (language == sourceLanguage)
        return;
    const QLocale locale(language);
    const auto add = [this, &locale](const QString &name, const QString &directory) {
        auto translator = std::make_unique<QTranslator>();
        if (directory.isEmpty() || !translator->load(locale, name, QStringLiteral("_"), directory))
            return;
        QCoreApplication::installTranslator(translator.get());
        m_translators.push_back(std::move(translator));
    };
    add(QStringLiteral("callwatch"), translationsDir);
    // Qt's own texts: standard buttons, file dialogs, command-line parser errors.
    add(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // QtKeychain's reasons why a keyring cannot be used, for the languages it has.
    add(QStringLiteral("qtkeychain"),
        QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                               QStringLiteral("qt6keychain/translations"), QStandardPaths::LocateDirectory));
}

void UiLanguage::uninstall()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
    m_language = sourceLanguage;
}

} // namespace callwatch
