// Help ▸ About CallWatch, opened from the menu as a user opens it.
#include "aboutdialog.h"
#include "signedoutwindow.h"

#include <QAction>
#include <QLabel>

using namespace callwatch;
using namespace callwatch::test;

TEST_CASE("About CallWatch shows the version, the Qt versions, the licence and the project page", "[about]")
{
    SignedOutWindow f;
    MainWindow &window = f.window;

    auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    REQUIRE(about);
    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    const auto text = [dialog](const char *name) {
        const auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
        REQUIRE(label);
        CHECK(label->isVisible());
        return label->text();
    };
    CHECK(text("versionLabel") == QStringLiteral("Version " CALLWATCH_VERSION));
    CHECK(text("qtVersionLabel")
          == QStringLiteral("Qt %1 (built with Qt %2)")
                 .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    CHECK(text("licenceLabel").contains(QStringLiteral("MIT License")));

    // The project page is a real link, reachable from the keyboard.
    const QString page = AboutDialog::homepage();
    CHECK(page.startsWith(QStringLiteral("https://github.com/")));
    auto *link = dialog->findChild<QLabel *>(QStringLiteral("homepageLabel"));
    REQUIRE(link);
    CHECK(link->text().contains(QStringLiteral("<a href=\"%1\">").arg(page)));
    CHECK(link->openExternalLinks());
    CHECK(link->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));
    CHECK(link->focusPolicy() != Qt::NoFocus);
    // For the docs and for a look at the layout, when CALLWATCH_SCREENSHOT_DIR names a folder.
    if (const QString folder = qEnvironmentVariable("CALLWATCH_SCREENSHOT_DIR"); !folder.isEmpty())
        dialog->grab().save(folder + QStringLiteral("/about.png"));

    // Escape closes it, as it closes any dialog; a second About opens a fresh one.
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<AboutDialog *>() == nullptr; }));
    about->trigger();
    CHECK(window.findChild<AboutDialog *>());
}

TEST_CASE("The Help menu also offers About Qt", "[about]")
{
    SignedOutWindow f;
    auto *aboutQt = f.window.findChild<QAction *>(QStringLiteral("actionAboutQt"));
    REQUIRE(aboutQt);
    CHECK(aboutQt->text() == QStringLiteral("About &Qt"));
    CHECK(aboutQt->menuRole() == QAction::AboutQtRole);
}
