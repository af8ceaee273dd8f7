#include "activecall.h"

#include "jsonvalues.h"

#include <QDate>
#include <QJsonValue>
#include <QSet>
#include <cmath>
#include <limits>
#include <tuple>

namespace callwatch {

namespace {

// The enum values of reference §5.3 as static strings. Every record repeats a handful of them;
// sharing one copy saves six allocations per record, and as many frees when a poll replaces it.
QString sharedEnumText(const QJsonValue &value)
{
    static const QSet<QString> known {
        QStringLiteral("Voice"),
        QStringLiteral("Fax"),
        QStringLiteral("Inbound"),
        QStringLiteral("Outbound"),
        QStringLiteral("PSTN"),
        QStringLiteral("VoIP"),
        // action
        QStringLiteral("Accept Call"),
        QStringLiteral("Barge In Call"),
        QStringLiteral("Call Park"),
        QStringLiteral("Call Return"),
        QStringLiteral("CallOut-CallMe"),
        QStringLiteral("Calling Card"),
        QStringLiteral("Conference Call"),
        QStringLiteral("E911 Update"),
        QStringLiteral("Emergency"),
        QStringLiteral("External Application"),
        QStringLiteral("FindMe"),
        QStringLiteral("FollowMe"),
        QStringLiteral("FreeSPDL"),
        QStringLiteral("Hunting"),
        QStringLiteral("Incoming Fax"),
        QStringLiteral("Monitoring"),
        QStringLiteral("Move"),
        QStringLiteral("Outgoing Fax"),
        QStringLiteral("Paging"),
        QStringLiteral("Park Location"),
        QStringLiteral("Phone Call"),
        QStringLiteral("Phone Login"),
        QStringLiteral("Pickup"),
        QStringLiteral("RC Meetings"),
        QStringLiteral("Ring Directly"),
        QStringLiteral("RingMe"),
        QStringLiteral("RingOut Mobile"),
        QStringLiteral("RingOut PC"),
        QStringLiteral("RingOut Web"),
        QStringLiteral("Sip Forwarding"),
        QStringLiteral("Support"),
        QStringLiteral("Text Relay"),
        QStringLiteral("Transfer"),
        QStringLiteral("Unknown"),
        QStringLiteral("VoIP Call"),
        QStringLiteral("VoiceChat Call"),
        // result
        QStringLiteral("911"),
        QStringLiteral("933"),
        QStringLiteral("Abandoned"),
        QStringLiteral("Accepted"),
        QStringLiteral("Answered Not Accepted"),
        QStringLiteral("Blocked"),
        QStringLiteral("Busy"),
        QStringLiteral("Call Failed"),
        QStringLiteral("Call Failure"),
        QStringLiteral("Call connected"),
        QStringLiteral("Carrier is not active"),
        QStringLiteral("Declined"),
        QStringLiteral("EDGE trunk misconfigured"),
        QStringLiteral("Fax Not Sent"),
        QStringLiteral("Fax Partially Sent"),
        QStringLiteral("Fax Poor Line"),
        QStringLiteral("Fax Receipt Error"),
        QStringLiteral("Fax on Demand"),
        QStringLiteral("Hang Up"),
        QStringLiteral("IP Phone Offline"),
        QStringLiteral("In Progress"),
        QStringLiteral("Internal Error"),
        QStringLiteral("International Disabled"),
        QStringLiteral("International Restricted"),
        QStringLiteral("Missed"),
        QStringLiteral("No Answer"),
        QStringLiteral("No Calling Credit"),
        QStringLiteral("Not Allowed"),
        QStringLiteral("Partial Receive"),
        QStringLiteral("Receive Error"),
        QStringLiteral("Received"),
        QStringLiteral("Rejected"),
        QStringLiteral("Reply"),
        QStringLiteral("Restricted Number"),
        QStringLiteral("Send Error"),
        QStringLiteral("Sent"),
        QStringLiteral("Sent to Voicemail"),
        QStringLiteral("Stopped"),
        QStringLiteral("Suspended account"),
        QStringLiteral("Voicemail"),
        QStringLiteral("Wrong Number"),
        QStringLiteral("Answered Elsewhere"),
        QStringLiteral("Callback requested"),
        // reason (values not already listed)
        QStringLiteral("Bad Number"),
        QStringLiteral("Call Loop"),
        QStringLiteral("Calls Not Accepted"),
        QStringLiteral("Connected"),
        QStringLiteral("Customer 611 Restricted"),
        QStringLiteral("Emergency Address not defined"),
        QStringLiteral("Failed Try Again"),
        QStringLiteral("Fax Not Received"),
        QStringLiteral("Fax Prepare Error"),
        QStringLiteral("Fax Save Error"),
        QStringLiteral("Fax Send Error"),
        QStringLiteral("Info 411 Restricted"),
        QStringLiteral("Internal Call Error"),
        QStringLiteral("Line Busy"),
        QStringLiteral("Max Call Limit"),
        QStringLiteral("No Credit"),
        QStringLiteral("No Digital Line"),
        QStringLiteral("Not Answered"),
        QStringLiteral("Number Blocked"),
        QStringLiteral("Number Disabled"),
        QStringLiteral("Number Not Allowed"),
        QStringLiteral("Resource Error"),
        QStringLiteral("Too Many Calls"),
        // internalType
        QStringLiteral("Local"),
        QStringLiteral("LongDistance"),
        QStringLiteral("International"),
        QStringLiteral("Sip"),
        QStringLiteral("RingOut"),
        QStringLiteral("Usual"),
        QStringLiteral("TollFreeNumber"),
        QStringLiteral("VerificationNumber"),
        QStringLiteral("Vma"),
        QStringLiteral("LocalNumber"),
        QStringLiteral("ImsOutgoing"),
        QStringLiteral("ImsIncoming"),
    };
    QString text = jsonText(value);
    const auto it = known.constFind(text);
    return it == known.cend() ? text : *it;
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
        || !readDigits(text, 11, 2, hour) || !readDigits(text, 14, 2, minute)
        || !readDigits(text, 17, 2, second))
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
    p.phoneNumber = jsonText(party.value(QLatin1String("phoneNumber")));
    p.extensionNumber = jsonText(party.value(QLatin1String("extensionNumber")));
    p.extensionId = jsonText(party.value(QLatin1String("extensionId")));
    p.name = jsonText(party.value(QLatin1String("name")));
    p.location = jsonText(party.value(QLatin1String("location")));
    return p;
}

std::optional<ActiveCall> ActiveCall::fromJson(const QJsonObject &record)
{
    ActiveCall c;
    c.id = jsonText(record.value(QLatin1String("id")));
    c.sessionId = jsonText(record.value(QLatin1String("sessionId")));
    c.telephonySessionId = jsonText(record.value(QLatin1String("telephonySessionId")));
    c.partyId = jsonText(record.value(QLatin1String("partyId")));
    if (c.key().isEmpty())
        return std::nullopt;

    c.startTime = parseTimestamp(jsonText(record.value(QLatin1String("startTime"))));
    // A duration past any call's (a year) is no statement: absent, rather than a number that
    // overflows on its way to milliseconds. Negative is absent too.
    constexpr qint64 kMaxDurationSeconds = 366LL * 24 * 3600;
    const auto duration = [&record](QLatin1String field, qint64 max) {
        const qint64 value = jsonInteger(record.value(field), -1);
        return value >= 0 && value <= max ? value : -1;
    };
    c.durationSeconds = duration(QLatin1String("duration"), kMaxDurationSeconds);
    c.durationMs = duration(QLatin1String("durationMs"), kMaxDurationSeconds * 1000);
    c.type = sharedEnumText(record.value(QLatin1String("type")));
    c.direction = sharedEnumText(record.value(QLatin1String("direction")));
    c.action = sharedEnumText(record.value(QLatin1String("action")));
    c.result = sharedEnumText(record.value(QLatin1String("result")));
    c.reason = sharedEnumText(record.value(QLatin1String("reason")));
    c.transport = sharedEnumText(record.value(QLatin1String("transport")));
    c.internalType = sharedEnumText(record.value(QLatin1String("internalType")));
    c.from = CallParty::fromJson(record.value(QLatin1String("from")).toObject());
    c.to = CallParty::fromJson(record.value(QLatin1String("to")).toObject());
    const QJsonObject extension = record.value(QLatin1String("extension")).toObject();
    c.extensionId = jsonText(extension.value(QLatin1String("id")));
    c.extensionUri = jsonText(extension.value(QLatin1String("uri")));
    c.lastModifiedTime = parseTimestamp(jsonText(record.value(QLatin1String("lastModifiedTime"))));
    const QJsonValue finished = record.value(QLatin1String("finished"));
    if (finished.isBool())
        c.finished = finished.toBool();
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

bool ActiveCall::sameApartFromDuration(const ActiveCall &o) const
{
    const auto fields = [](const ActiveCall &c) {
        return std::tie(c.id, c.sessionId, c.telephonySessionId, c.partyId, c.startTime, c.type, c.direction,
                        c.action, c.result, c.reason, c.transport, c.internalType, c.from, c.to,
                        c.extensionId, c.extensionUri, c.lastModifiedTime, c.finished);
    };
    return fields(*this) == fields(o);
}

} // namespace callwatch
