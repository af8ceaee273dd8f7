#include "csvwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

namespace callwatch {

namespace {

// Characters that make Excel, LibreOffice or Sheets treat a cell as a formula (OWASP).
bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QString &cell)
{
    for (const QChar ch : cell) {
        const char16_t c = ch.unicode();
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

void appendCell(QString &line, const QString &cell)
{
    const bool quote = needsQuotes(cell);
    if (quote)
        line += u'"';
    if (startsLikeFormula(cell))
        line += u'\'';
    if (quote) {
        for (const QChar ch : cell) {
            if (ch == u'"')
                line += u'"';
            line += ch;
        }
        line += u'"';
    } else {
        line += cell;
    }
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

QString CsvWriter::encodeCell(const QString &cell)
{
    QString out;
    appendCell(out, cell);
    return out;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_device) {
        m_errorString = QCoreApplication::translate("CsvWriter", "Could not write CSV: no output device");
        return false;
    }
    // Checked up front: QIODevice::write on a closed or read-only device only warns on stderr.
    if (!m_device->isOpen() || !m_device->isWritable()) {
        m_errorString = QCoreApplication::translate(
            "CsvWriter", "Could not write CSV: the output is not open for writing");
        return false;
    }
    if (m_writeBom && !m_bomDone) {
        if (!writeBytes(QByteArrayLiteral("\xEF\xBB\xBF")))
            return false;
        m_bomDone = true;
    }

    m_line.resize(0); // unlike clear(), keeps the capacity
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += u',';
        appendCell(m_line, cells.at(i));
    }
    QByteArray bytes = m_line.toUtf8();
    bytes += m_lineEnding;
    return writeBytes(bytes);
}

bool CsvWriter::writeBytes(const QByteArray &bytes)
{
    const qint64 written = m_device->write(bytes);
    if (written == bytes.size())
        return true;
    QString reason = m_device->errorString();
    // A device that simply took fewer bytes (a full disk) gives QIODevice's reason-less "Unknown
    // error", in the user's language: any device without an error says the same.
    if (reason.isEmpty() || reason == QBuffer().errorString())
        reason = QCoreApplication::translate("CsvWriter", "the device took %1 of %2 bytes")
                     .arg(qMax<qint64>(written, 0))
                     .arg(bytes.size());
    m_errorString = QCoreApplication::translate("CsvWriter", "Could not write CSV: %1").arg(reason);
    return false;
}

} // namespace callwatch
