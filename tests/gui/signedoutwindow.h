#pragma once

#include "clock.h"
#include "mainwindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace callwatch::test {

// The main window as it first shows: no session, settings of its own, exposed offscreen.
struct SignedOutWindow
{
    SignedOutWindow()
        : window(clock, settings)
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    QTemporaryDir dir;
    QSettings settings { dir.filePath(QStringLiteral("callwatch.ini")), QSettings::IniFormat };
    SystemClock clock;
    MainWindow window;
};

} // namespace callwatch::test
