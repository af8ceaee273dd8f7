#include "tableexport.h"

#include "activecallsmodel.h"
#include "csvwriter.h"
#include "logging.h"

#include <QAbstractProxyModel>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>

#include <vector>

namespace callwatch {

namespace {

// QSaveFile's own reasons ("Permission denied") do not say which folder or what to do, and as
// root they are all the user gets; the likely causes are checked first.
QString openFailure(const QString &path, const QString &systemReason)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    const QString name = QDir::toNativeSeparators(file.absoluteFilePath());
    const QString folderName = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.exists())
        return TableExport::tr("Could not export to %1: the folder %2 does not exist.").arg(name, folderName);
    if (!folder.isDir())
        return TableExport::tr("Could not export to %1: %2 is not a folder.").arg(name, folderName);
    if (file.isDir())
        return TableExport::tr("Could not export to %1: that is a folder, not a file.").arg(name);
    if (!folder.isWritable())
        return TableExport::tr(
                   "Could not export to %1: the folder %2 is not writable. Choose another folder.")
            .arg(name, folderName);
    if (file.exists() && !file.isWritable())
        return TableExport::tr("Could not export to %1: the file is read-only.").arg(name);
    return TableExport::tr("Could not export to %1: %2.").arg(name, systemReason);
}

} // namespace

bool TableExport::write(const QAbstractItemModel &model, const QHeaderView &header, const QString &path,
                        bool excel, QString *error)
{
    const auto fail = [error](const QString &why) {
        qCWarning(lcExport) << "CSV export failed:" << why;
        if (error)
            *error = why;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("Could not export: no file name was given."));

    // What the user sees: visual order, hidden columns left out.
    std::vector<int> columns;
    QStringList cells;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical < 0 || logical >= model.columnCount() || header.isSectionHidden(logical))
            continue;
        columns.push_back(logical);
        cells << model.headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(openFailure(path, file.errorString()));

    CsvWriter csv(&file);
    csv.setWriteBom(excel);
    bool ok = csv.writeRow(cells);
    // The usual case, the window's proxy over ActiveCallsModel: each row is mapped once and its
    // cells are read straight from the board entry, not through a QVariant per cell.
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(&model);
    const auto *calls = qobject_cast<const ActiveCallsModel *>(proxy ? proxy->sourceModel() : &model);
    const int rows = model.rowCount();
    for (int row = 0; ok && row < rows; ++row) {
        cells.resize(0); // keeps the capacity: no allocation per row
        const int sourceRow = !calls ? -1 : proxy ? proxy->mapToSource(model.index(row, 0)).row() : row;
        if (const BoardEntry *entry = calls ? calls->entryAt(sourceRow) : nullptr) {
            for (const int column : columns)
                cells << calls->exportText(*entry, column);
            ok = csv.writeRow(cells);
            continue;
        }
        for (const int column : columns) {
            const QModelIndex index = model.index(row, column);
            QVariant value = index.data(ActiveCallsModel::ExportRole);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            cells << value.toString();
        }
        ok = csv.writeRow(cells);
    }
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!ok) {
        if (file.error() == QFileDevice::NoError) {
            file.cancelWriting(); // the temporary file goes; an existing file stays as it was
            return fail(tr("Could not export to %1: %2").arg(name, csv.errorString()));
        }
        // After a failed write, commit() discards the temporary file and leaves the target alone.
        // Its final flush also names the cause ("File too large", "No space left on device")
        // where the failed buffered write only said "Unknown error".
        file.commit();
        return fail(tr("Could not export to %1: %2.").arg(name, file.errorString()));
    }
    // Data that did not reach the disk (full disk, quota) shows up here, before the rename.
    if (!file.commit())
        return fail(tr("Could not export to %1: %2.").arg(name, file.errorString()));
    return true;
}

} // namespace callwatch
