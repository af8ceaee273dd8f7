#include "snapshotexport.h"

#include "callboard.h"
#include "calltime.h"
#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace callwatch {

namespace {

// The one list of columns: the header, the JSON keys and snapshotRow() all follow it.
enum Column {
    Id,
    Status,
    Direction,
    FromName,
    FromNumber,
    FromExtension,
    ToName,
    ToNumber,
    ToExtension,
    ExtensionId,
    StartTime,
    DurationSeconds,
    Type,
    Action,
    Result,
    Reason,
    Transport,
    SessionId,
    TelephonySessionId,
    PartyId,
    ColumnCount
};

// Never translated, like the status values and the JSON keys: scripts match these names,
// whatever language the user reads.
constexpr const char *kColumnNames[ColumnCount] = {
    "id",
    "status",
    "direction",
    "from_name",
    "from_number",
    "from_extension",
    "to_name",
    "to_number",
    "to_extension",
    "extension_id",
    "start_time",
    "duration_seconds",
    "type",
    "action",
    "result",
    "reason",
    "transport",
    "session_id",
    "telephony_session_id",
    "party_id",
};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool writeCsv(QIODevice *out, const std::vector<const BoardEntry *> &entries, const QDateTime &now,
              QString *error)
{
    CsvWriter writer(out);
    bool ok = writer.writeRow(snapshotColumns());
    for (auto it = entries.begin(); ok && it != entries.end(); ++it) {
        if (*it)
            ok = writer.writeRow(snapshotRow(**it, now));
    }
    if (!ok)
        setError(error, writer.errorString());
    return ok;
}

bool writeJson(QIODevice *out, const std::vector<const BoardEntry *> &entries, const QDateTime &now,
               QString *error)
{
    const QStringList &columns = snapshotColumns();
    QJsonArray calls;
    for (const BoardEntry *entry : entries) {
        if (!entry)
            continue;
        const QStringList row = snapshotRow(*entry, now);
        QJsonObject call;
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == DurationSeconds)
                call.insert(columns.at(c),
                            row.at(c).isEmpty() ? QJsonValue() : QJsonValue(row.at(c).toLongLong()));
            else
                call.insert(columns.at(c), row.at(c));
        }
        calls.append(call);
    }
    const QJsonObject root {
        { QStringLiteral("generatedAt"), isoUtcText(now) },
        { QStringLiteral("count"), calls.size() },
        { QStringLiteral("calls"), calls },
    };
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const qint64 written = out->write(bytes);
    if (written != bytes.size()) {
        setError(error,
                 QCoreApplication::translate("SnapshotExport", "Could not write JSON: %1")
                     .arg(out->errorString()));
        return false;
    }
    return true;
}

} // namespace

const QStringList &snapshotColumns()
{
    static const QStringList columns = [] {
        QStringList names;
        names.reserve(ColumnCount);
        for (const char *name : kColumnNames)
            names.append(QString::fromLatin1(name));
        return names;
    }();
    return columns;
}

QStringList snapshotRow(const BoardEntry &entry, const QDateTime &now)
{
    const ActiveCall &call = entry.call;
    const bool live = entry.isLive();
    const qint64 duration = durationSeconds(entry, now.toMSecsSinceEpoch());

    QStringList row;
    row.resize(ColumnCount);
    row[Id] = call.id;
    row[Status] = live ? QStringLiteral("live") : QStringLiteral("ended");
    row[Direction] = call.direction;
    row[FromName] = call.from.name;
    row[FromNumber] = call.from.phoneNumber;
    row[FromExtension] = call.from.extensionNumber;
    row[ToName] = call.to.name;
    row[ToNumber] = call.to.phoneNumber;
    row[ToExtension] = call.to.extensionNumber;
    row[ExtensionId] = call.extensionId;
    row[StartTime] = isoUtcText(call.startTime);
    row[DurationSeconds] = duration >= 0 ? QString::number(duration) : QString();
    row[Type] = call.type;
    row[Action] = call.action;
    row[Result] = call.result;
    row[Reason] = call.reason;
    row[Transport] = call.transport;
    row[SessionId] = call.sessionId;
    row[TelephonySessionId] = call.telephonySessionId;
    row[PartyId] = call.partyId;
    return row;
}

bool writeSnapshot(QIODevice *out, const std::vector<const BoardEntry *> &entries, SnapshotFormat format,
                   const QDateTime &now, QString *error)
{
    // Checked here: QIODevice::write on a closed or read-only device only warns on stderr.
    if (!out || !out->isOpen() || !out->isWritable()) {
        setError(error, QCoreApplication::translate("SnapshotExport", "The output is not open for writing"));
        return false;
    }
    return format == SnapshotFormat::Csv ? writeCsv(out, entries, now, error)
                                         : writeJson(out, entries, now, error);
}

} // namespace callwatch
