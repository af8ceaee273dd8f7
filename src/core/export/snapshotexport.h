#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

class QIODevice;

namespace callwatch {

struct BoardEntry;

// What `callwatch --once --format csv|json` prints.
enum class SnapshotFormat { Csv, Json };

// The columns of a snapshot in order: the CSV header row and the keys of each JSON call.
const QStringList &snapshotColumns();

// One call as snapshot cells, in snapshotColumns() order. A live call's duration is counted up
// to `now`, because the platform's own figure lags by the poll interval and more.
QStringList snapshotRow(const BoardEntry &entry, const QDateTime &now);

// CSV: RFC 4180 with CRLF and no BOM, header first. JSON: {"generatedAt", "count", "calls": [...]}
// with every value a string except duration_seconds (a number, or null when unknown).
// On failure returns false and, when `error` is given, says why.
bool writeSnapshot(QIODevice *out, const std::vector<const BoardEntry *> &entries, SnapshotFormat format,
                   const QDateTime &now, QString *error);

} // namespace callwatch
