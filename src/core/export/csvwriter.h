#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace callwatch {

// Writes RFC 4180 CSV in UTF-8 to a device it does not own (a QBuffer in tests, a QSaveFile for
// files, so a failed export leaves no half file). Cells are written exactly as given, except that
// a cell a spreadsheet would run as a formula gets a leading `'` (OWASP "CSV injection").
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    // RFC 4180 says CRLF; "\n" suits Unix tools. Applies to the rows written after the call.
    void setLineEnding(const QByteArray &lineEnding) { m_lineEnding = lineEnding; }
    QByteArray lineEnding() const { return m_lineEnding; }

    // Excel reads BOM-less CSV in the local code page; the BOM makes it read UTF-8. Written once,
    // before the first row, so set it before writing.
    void setWriteBom(bool writeBom) { m_writeBom = writeBom; }
    bool writeBom() const { return m_writeBom; }

    // False when the device is missing, not writable or takes fewer bytes than given;
    // errorString() says why.
    bool writeRow(const QStringList &cells);
    QString errorString() const { return m_errorString; }

    // One cell as it appears in the file: neutralised, then quoted if it needs to be.
    static QString encodeCell(const QString &cell);

private:
    bool writeBytes(const QByteArray &bytes);

    QIODevice *m_device;
    QByteArray m_lineEnding = QByteArrayLiteral("\r\n");
    bool m_writeBom = false;
    bool m_bomDone = false;
    QString m_line; // reused between rows so a 100,000-row export does not allocate per row
    QString m_errorString;
};

} // namespace callwatch
