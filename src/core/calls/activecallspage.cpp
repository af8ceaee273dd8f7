#include "activecallspage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callwatch {

ActiveCallsPage ActiveCallsPage::parse(const QByteArray &body)
{
    ActiveCallsPage page;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.error = QCoreApplication::translate("ActiveCallsPage", "not JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return page;
    }
    const QJsonObject root = doc.object();
    const QJsonValue records = root.value(QStringLiteral("records"));
    if (!records.isArray()) {
        page.error = QCoreApplication::translate("ActiveCallsPage", "the answer has no records list");
        return page;
    }
    const QJsonArray array = records.toArray();
    page.records.reserve(size_t(array.size()));
    for (const QJsonValue &v : array) {
        if (auto call = ActiveCall::fromJson(v.toObject()))
            page.records.push_back(std::move(*call));
        else
            ++page.skipped;
    }
    page.nextPage = nextPageOf(root);
    return page;
}

QUrl ActiveCallsPage::nextPageOf(const QJsonObject &list)
{
    const QString next = list.value(QStringLiteral("navigation"))
                             .toObject()
                             .value(QStringLiteral("nextPage"))
                             .toObject()
                             .value(QStringLiteral("uri"))
                             .toString();
    return next.isEmpty() ? QUrl() : QUrl(next);
}

} // namespace callwatch
