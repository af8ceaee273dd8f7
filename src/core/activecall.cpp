#include "activecall.h"

#include <QDate>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace callwatch {

namespace {

constexpr qint64 kNoInteger = std::numeric_limits<qint64>::min();

// Text of a field that should be a string. Ids and enum values sometimes arrive as numbers
// (`extension.id` always does, above 2^32): QJsonValue keeps JSON integers as qint64, so
// toInteger() gives the exact digits where toDouble() would round beyond 2^53.
QString textOf(const QJsonValue &value)
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

// A count (seconds, milliseconds) as a number or numeric text; `fallback` when absent or junk.
qint64 integerOf(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(kNoInteger);
        if (whole != kNoInteger)
            return whole;
        const double d = value.toDouble();
        // Fractions are truncated like the platform's own whole seconds; out of range is junk.
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

// Reads `count` ASCII digits at `pos`; false on anything else.
bool readDigits(QStringView text, qsizetype pos, int count, int &out)
{
    if (pos + count > text.size())
        return false;
    int n = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t ch = text[pos + i].unicode();
        if (ch < u'0' || ch > u'9')
            return false;
        n = n * 10 + (ch - u'0');
    }
    out = n;
    return true;
}

// The exact shapes the platform sends, without QDateTime::fromString's general machinery: a
// 10,000-record snapshot parses two timestamps per record, and this path is several times faster.
std::optional<qint64> fastIsoMsecs(QStringView text)
{
    int year, month, day, hour, minute, second;
    if (text.size() < 19 || text[4] != u'-' || text[7] != u'-' || (text[10] != u'T' && text[10] != u't')
        || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    if (!readDigits(text, 0, 4, year) || !readDigits(text, 5, 2, month) || !readDigits(text, 8, 2, day)
        || !readDigits(text, 11, 2, hour) || !readDigits(text, 14, 2, minute) || !readDigits(text, 17, 2, second))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;

    qsizetype pos = 19;
    qint64 millis = 0;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        int scale = 100;
        const qsizetype first = pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            // Digits past milliseconds are dropped (truncated), as QDateTime would.
            millis += (text[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == first)
            return std::nullopt;
    }

    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar sign = text[pos];
        if (sign == u'Z' || sign == u'z') {
            ++pos;
        } else if (sign == u'+' || sign == u'-') {
            int oh = 0, om = 0;
            if (!readDigits(text, pos + 1, 2, oh))
                return std::nullopt;
            pos += 3;
            const bool colon = pos < text.size() && text[pos] == u':';
            if (colon)
                ++pos;
            if (colon || pos < text.size()) {
                if (!readDigits(text, pos, 2, om))
                    return std::nullopt;
                pos += 2;
            }
            if (oh > 23 || om > 59)
                return std::nullopt;
            offsetSeconds = (oh * 60 + om) * 60 * (sign == u'-' ? -1 : 1);
        }
    }
    if (pos != text.size())
        return std::nullopt;

    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 seconds = ((days * 24 + hour) * 60 + minute) * 60 + second - offsetSeconds;
    return seconds * 1000 + millis;
}

} // namespace

QDateTime ActiveCall::parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (const auto ms = fastIsoMsecs(text))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);

    // Anything else ISO-8601 that Qt reads (week dates, hour-only offsets, surrounding blanks).
    QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    // The API speaks UTC: a time without an offset is UTC, not this machine's local time.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

CallParty CallParty::fromJson(const QJsonObject &party)
{
    CallParty p;
    // One pass over the members instead of a value() search per field: see ActiveCall::fromJson.
    for (auto it = party.constBegin(), end = party.constEnd(); it != end; ++it) {
        const QString key = it.key();
        if (key == QLatin1String("phoneNumber"))
            p.phoneNumber = textOf(it.value());
        else if (key == QLatin1String("name"))
            p.name = textOf(it.value());
        else if (key == QLatin1String("extensionNumber"))
            p.extensionNumber = textOf(it.value());
        else if (key == QLatin1String("extensionId"))
            p.extensionId = textOf(it.value());
        else if (key == QLatin1String("location"))
            p.location = textOf(it.value());
    }
    return p;
}

std::optional<ActiveCall> ActiveCall::fromJson(const QJsonObject &record)
{
    ActiveCall c;
    QString startTime;
    QString lastModifiedTime;
    // One pass over the members, told apart by key length first: QJsonObject::value() searches
    // the keys on every call, which made it most of the cost of a 10,000-record snapshot.
    for (auto it = record.constBegin(), end = record.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const auto is = [&key](const char *name) { return key == QLatin1String(name); };
        switch (key.size()) {
        case 2:
            if (is("id"))
                c.id = textOf(it.value());
            else if (is("to"))
                c.to = CallParty::fromJson(it.value().toObject());
            break;
        case 4:
            if (is("type"))
                c.type = textOf(it.value());
            else if (is("from"))
                c.from = CallParty::fromJson(it.value().toObject());
            break;
        case 6:
            if (is("result"))
                c.result = textOf(it.value());
            else if (is("action"))
                c.action = textOf(it.value());
            else if (is("reason"))
                c.reason = textOf(it.value());
            break;
        case 7:
            if (is("partyId"))
                c.partyId = textOf(it.value());
            break;
        case 8:
            if (is("duration"))
                c.durationSeconds = integerOf(it.value(), -1);
            else if (is("finished") && it.value().isBool())
                c.finished = it.value().toBool();
            break;
        case 9:
            if (is("sessionId")) {
                c.sessionId = textOf(it.value());
            } else if (is("startTime")) {
                startTime = textOf(it.value());
            } else if (is("direction")) {
                c.direction = textOf(it.value());
            } else if (is("transport")) {
                c.transport = textOf(it.value());
            } else if (is("extension")) {
                const QJsonObject extension = it.value().toObject();
                c.extensionId = textOf(extension.value(QLatin1String("id")));
                c.extensionUri = textOf(extension.value(QLatin1String("uri")));
            }
            break;
        case 10:
            if (is("durationMs"))
                c.durationMs = integerOf(it.value(), -1);
            break;
        case 12:
            if (is("internalType"))
                c.internalType = textOf(it.value());
            break;
        case 16:
            if (is("lastModifiedTime"))
                lastModifiedTime = textOf(it.value());
            break;
        case 18:
            if (is("telephonySessionId"))
                c.telephonySessionId = textOf(it.value());
            break;
        default:
            break;
        }
    }
    if (c.key().isEmpty())
        return std::nullopt;
    c.startTime = parseTimestamp(startTime);
    c.lastModifiedTime = parseTimestamp(lastModifiedTime);
    return c;
}

QString ActiveCall::key() const
{
    if (!id.isEmpty())
        return id;
    // Both sides of an internal call share the session ids; the party id tells them apart.
    if (!telephonySessionId.isEmpty() && !partyId.isEmpty())
        return QString(telephonySessionId % u'/' % partyId);
    if (!sessionId.isEmpty())
        return sessionId;
    return telephonySessionId;
}

bool ActiveCall::isLive() const
{
    if (finished.value_or(false))
        return false;
    return result.isEmpty() || result.compare(QLatin1String("In Progress"), Qt::CaseInsensitive) == 0;
}

} // namespace callwatch
