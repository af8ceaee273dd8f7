// The runner of the simulator tests: Catch2 with a QCoreApplication, so the simulator and the
// test client have an event loop to run in.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QLoggingCategory>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The client and the simulator narrate at info level; the tests' output is theirs.
    QLoggingCategory::setFilterRules(QStringLiteral("callwatch.*.info=false"));
    return Catch::Session().run(argc, argv);
}
