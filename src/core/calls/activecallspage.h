#pragma once

#include "activecall.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

#include <vector>

namespace callwatch {

// One page of GET .../active-calls, read off the GUI thread.
struct ActiveCallsPage
{
    std::vector<ActiveCall> records;
    QUrl nextPage; // empty on the last page
    int skipped = 0; // records without any usable key
    QString error; // non-empty when the body is not a CallLogResponse

    static ActiveCallsPage parse(const QByteArray &body);
    // navigation.nextPage.uri of any paged list the platform returns; empty on the last page.
    static QUrl nextPageOf(const QJsonObject &list);
};

} // namespace callwatch
