#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// An XLSX file read back the way a spreadsheet program would see it, for tests: the sheets by name,
// each cell's type, value and number format, the frozen pane and the column widths. The file (a
// zip) is opened with the unzip tool; available() says whether it is installed.
class XlsxReading
{
public:
    struct Cell
    {
        QString type;         // the t attribute: "s" (shared string), "n" or empty (number), "str"…
        QString value;        // a shared string resolved to its text
        QString numberFormat; // the format code of the cell's style ("General" when none)
        bool formula = false;
    };
    struct Sheet
    {
        QHash<QString, Cell> cells; // by reference: "B2"
        QString frozenTopLeft;      // the pane's topLeftCell when its state is "frozen"
        QList<double> widths;       // of the columns <cols> names, in order
    };

    static bool available();
    // Empty when the file cannot be read, with the reason in error().
    explicit XlsxReading(const QString &path);

    QString error() const { return m_error; }
    QStringList sheetNames() const { return m_names; }
    Sheet sheet(const QString &name) const { return m_sheets.value(name); }

private:
    QByteArray entry(const QString &name);

    QString m_path;
    QString m_error;
    QStringList m_names;
    QHash<QString, Sheet> m_sheets;
};
