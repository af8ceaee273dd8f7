// The language CallWatch speaks: which one it picks, what it refuses, and that the translations
// it embeds are complete enough for a user to read (the built program, run as a user runs it).
#include "uilanguage.h"

#include <QCoreApplication>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace callwatch;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The program, with the user's preferred languages set to `preferred` (LANGUAGE, as on Linux).
Run runCallwatch(const QStringList &args, const QString &preferred = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LANGUAGE"), preferred);
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(CALLWATCH_BINARY), args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(30000));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

} // namespace

TEST_CASE("CallWatch speaks English and German, French, Spanish and Japanese", "[language]")
{
    CHECK(UiLanguage::available()
          == QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                           QStringLiteral("fr"), QStringLiteral("ja") });
}

TEST_CASE("The first preferred language CallWatch speaks wins, else English", "[language]")
{
    CHECK(UiLanguage::choose({ QStringLiteral("it-IT"), QStringLiteral("de-CH"), QStringLiteral("fr") })
          == QStringLiteral("de"));
    // English first means English, even though a translation for the second exists.
    CHECK(UiLanguage::choose({ QStringLiteral("en-GB"), QStringLiteral("ja-JP") }) == QStringLiteral("en"));
    CHECK(UiLanguage::choose({ QStringLiteral("it"), QStringLiteral("pt-BR") }) == QStringLiteral("en"));
    CHECK(UiLanguage::choose({}) == QStringLiteral("en"));
}

TEST_CASE("Codes given to --lang name a language with or without a country", "[language]")
{
    CHECK(UiLanguage::fromCode(QStringLiteral("de")) == QStringLiteral("de"));
    CHECK(UiLanguage::fromCode(QStringLiteral("fr_FR")) == QStringLiteral("fr"));
    CHECK(UiLanguage::fromCode(QStringLiteral("es-MX")) == QStringLiteral("es"));
    CHECK(UiLanguage::fromCode(QStringLiteral("ja_JP")) == QStringLiteral("ja"));
    CHECK(UiLanguage::fromCode(QStringLiteral("en_US")) == QStringLiteral("en"));
    CHECK(UiLanguage::fromCode(QStringLiteral("it")).isEmpty()); // a language, but not translated
    CHECK(UiLanguage::fromCode(QStringLiteral("xx")).isEmpty());
    CHECK(UiLanguage::fromCode(QString()).isEmpty());
}

TEST_CASE("Installed translations change what the core says, and leave with their owner", "[language]")
{
    const QString english = QCoreApplication::translate("ApiError", "The server did not answer in time");
    {
        UiLanguage language;
        language.install(QStringLiteral("de"));
        CHECK(language.language() == QStringLiteral("de"));
        CHECK(QCoreApplication::translate("ApiError", "The server did not answer in time")
              == QStringLiteral("Der Server hat nicht rechtzeitig geantwortet"));
        // Qt's and QtKeychain's own messages come along.
        CHECK(QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'.")
              == QStringLiteral("Unbekannte Option '%1'."));
        CHECK(
            QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "No keychain service available")
            == QStringLiteral("Kein Schlüsselbund-Dienst verfügbar"));
        language.install(QStringLiteral("fr"));
        CHECK(QCoreApplication::translate("ApiError", "The server did not answer in time")
              == QStringLiteral("Le serveur n’a pas répondu à temps"));
    }
    CHECK(QCoreApplication::translate("ApiError", "The server did not answer in time") == english);
}

TEST_CASE("callwatch --lang xx exits with the usage code and names the languages it speaks", "[language]")
{
    // Said before any window opens: no display is needed to hear it.
    const Run r = runCallwatch({ QStringLiteral("--lang"), QStringLiteral("xx") });
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    INFO(err.toStdString());
    CHECK(err.startsWith(QStringLiteral("callwatch: --lang: there is no translation for 'xx'")));
    CHECK(err.contains(QStringLiteral("de, en, es, fr, ja")));
    CHECK(err.trimmed().count(QLatin1Char('\n')) == 0);
}

TEST_CASE("callwatch --lang de --help speaks German, before any window exists", "[language]")
{
    const Run r = runCallwatch({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") });
    REQUIRE(r.exitCode == 0);
    const QString help = QString::fromUtf8(r.out);
    INFO(help.toStdString());
    CHECK(help.contains(QStringLiteral("Diese Hilfe anzeigen.")));
    CHECK(help.contains(QStringLiteral("Optionen:"))); // Qt's own part of the help
    CHECK_FALSE(help.contains(QStringLiteral("Show this help.")));
}

TEST_CASE("callwatch follows the system's language, and --lang overrides it", "[language]")
{
    const Run system
        = runCallwatch({ QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("xml") },
                       QStringLiteral("fr_FR:en"));
    CHECK(system.exitCode == 2);
    CHECK(QString::fromUtf8(system.err).contains(QStringLiteral("--format doit être « csv » ou « json »")));

    const Run chosen
        = runCallwatch({ QStringLiteral("--lang"), QStringLiteral("es_ES"), QStringLiteral("--once"),
                         QStringLiteral("--format"), QStringLiteral("xml") },
                       QStringLiteral("fr_FR:en"));
    CHECK(chosen.exitCode == 2);
    CHECK(QString::fromUtf8(chosen.err).contains(QStringLiteral("--format debe ser «csv» o «json»")));
}
