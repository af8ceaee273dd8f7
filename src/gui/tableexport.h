#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QHeaderView;

namespace callwatch {

// Exports what the user sees in a table to a CSV file: the columns the header shows, in the
// order it shows them, under their header texts, and the rows in the model's order (pass the
// sort/filter proxy, not its source). Cells take ActiveCallsModel::ExportRole (raw numbers,
// ISO-8601 times) and fall back to the display text. The file is RFC 4180 with CRLF, written
// through QSaveFile: after a failure there is no file, and an existing one is left as it was.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    TableExport() = delete;

    // `excel` adds a UTF-8 byte-order mark, without which Excel reads the file in the local
    // code page. On failure *error (if given) says why, in a sentence for the user.
    static bool write(const QAbstractItemModel &model, const QHeaderView &header, const QString &path,
                      bool excel, QString *error);
};

} // namespace callwatch
