#include "jsonvalues.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace callwatch {

namespace {

constexpr qint64 kNoInteger = std::numeric_limits<qint64>::min();

} // namespace

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const qint64 whole = value.toInteger(kNoInteger);
        if (whole != kNoInteger)
            return QString::number(whole);
        return QString::number(value.toDouble(), 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

qint64 jsonInteger(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(kNoInteger);
        if (whole != kNoInteger)
            return whole;
        const double d = value.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9.0e18)
            return static_cast<qint64>(d);
        return fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

} // namespace callwatch
