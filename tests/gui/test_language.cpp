// The window in another language, as `callwatch --lang de` shows it: the translators are
// installed before the window is built, as main() does.
#include "activecallsmodel.h"
#include "signedoutwindow.h"
#include "uilanguage.h"

#include <QAction>
#include <QLabel>

using namespace callwatch;
using namespace callwatch::test;

namespace {

struct TranslatedWindow
{
    explicit TranslatedWindow(const QString &code)
    {
        language.install(code);
        shown = std::make_unique<SignedOutWindow>();
        window = &shown->window;
    }

    QString actionText(const char *name) const
    {
        const auto *action = window->findChild<QAction *>(QLatin1String(name));
        REQUIRE(action);
        return action->text();
    }

    UiLanguage language; // declared first: the window goes before its translations
    std::unique_ptr<SignedOutWindow> shown;
    MainWindow *window = nullptr;
};

} // namespace

TEST_CASE("With German installed, the window speaks German", "[language]")
{
    TranslatedWindow f(QStringLiteral("de"));
    CHECK(f.actionText("actionCompany") == QStringLiteral("&Firma"));
    CHECK(f.actionText("actionMyCalls") == QStringLiteral("&Meine Anrufe"));
    CHECK(f.window->statusText() == QStringLiteral("Abgemeldet"));
    const auto *empty = f.window->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    REQUIRE(empty);
    CHECK(empty->text() == QStringLiteral("Sie sind abgemeldet. Melden Sie sich über Datei ▸ Anmelden… an."));
    CHECK(f.window->model().headerData(ActiveCallsModel::Duration, Qt::Horizontal).toString()
          == QStringLiteral("Dauer"));
}

TEST_CASE("German plurals take the singular for 1 and the plural for 2", "[language]")
{
    UiLanguage language;
    language.install(QStringLiteral("de"));
    const auto exported = [](int n) {
        return MainWindow::tr("Exported %n call(s) to %1", nullptr, n).arg(QStringLiteral("a.csv"));
    };
    CHECK(exported(1) == QStringLiteral("1 Anruf nach a.csv exportiert"));
    CHECK(exported(2) == QStringLiteral("2 Anrufe nach a.csv exportiert"));
    CHECK(MainWindow::tr("Offline, retrying in %n s — %1", nullptr, 1).arg(QStringLiteral("x"))
          == QStringLiteral("Offline, neuer Versuch in 1 s – x"));
}

TEST_CASE("With Japanese installed, the window speaks Japanese", "[language]")
{
    TranslatedWindow f(QStringLiteral("ja"));
    CHECK(f.actionText("actionMyCalls") == QStringLiteral("自分の通話(&M)"));
    CHECK(f.window->statusText() == QStringLiteral("サインアウト済み"));
    // Japanese has one form for every count.
    CHECK(MainWindow::tr("Exported %n call(s) to %1", nullptr, 2).arg(QStringLiteral("a.csv"))
          == QStringLiteral("2 件の通話を a.csv にエクスポートしました"));
}
