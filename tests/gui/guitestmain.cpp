// The runner of the GUI tests: Catch2 with a QApplication. Without a display the offscreen
// platform is used, so the tests (and catch_discover_tests at build time) run anywhere.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QLoggingCategory>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("callwatch.*.info=false"));
    return Catch::Session().run(argc, argv);
}
