#pragma once

// An RFC 4180 reader, independent of CsvWriter, so tests read what a spreadsheet would: fields
// separated by commas, records ended by CRLF, quotes doubled inside quoted fields.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace callwatch::test {

// nullopt when the text is not CSV: a quoted field left open, or a last record without CRLF.
inline std::optional<QList<QStringList>> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool atRecordStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        atRecordStart = false;
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row.append(cell);
            cell.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            atRecordStart = true;
            ++i;
        } else {
            cell += ch;
        }
    }
    if (quoted || !atRecordStart)
        return std::nullopt;
    return rows;
}

} // namespace callwatch::test
