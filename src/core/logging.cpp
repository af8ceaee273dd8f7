#include "logging.h"

Q_LOGGING_CATEGORY(lcAuth, "callwatch.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "callwatch.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeed, "callwatch.feed", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPush, "callwatch.push", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "callwatch.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "callwatch.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlerts, "callwatch.alerts", QtInfoMsg)
// Off unless asked for: only the start-up benchmark wants it.
Q_LOGGING_CATEGORY(lcStartup, "callwatch.startup", QtWarningMsg)
