#include "modeltable.h"

#include "exportroles.h"

#include "core/indicator.h"

#include <QAbstractItemModel>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dh {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// The digits after the point the shortest exact text of the number has, at most 6.
int decimalsOf(const QVariant &v)
{
    if (v.typeId() != QMetaType::Double && v.typeId() != QMetaType::Float)
        return 0;
    const QString text = QLocale::c().toString(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    const qsizetype point = text.indexOf(u'.');
    return point < 0 ? 0 : int(std::min<qsizetype>(text.size() - point - 1, 6));
}

// A column declared as numbers takes only what ExportRole::Value gives, so a gap's shown text ("no
// data") is not read as a cell; any other falls back to the shown text.
QVariant cell(const QAbstractItemModel &model, const QModelIndex &index, bool declaredNumber)
{
    const QVariant exported = model.data(index, ExportRole::Value);
    if (declaredNumber || exported.isValid())
        return exported;
    return model.data(index, Qt::DisplayRole);
}

} // namespace

Table modelTable(const QAbstractItemModel &model, const QString &name)
{
    Table table;
    table.name = name;
    const int rows = model.rowCount();
    QList<bool> declaredNumber;
    for (int c = 0; c < model.columnCount(); ++c) {
        TableColumn column;
        const QVariant title = model.headerData(c, Qt::Horizontal, ExportRole::Title);
        column.title = (title.isValid() ? title : model.headerData(c, Qt::Horizontal, Qt::DisplayRole)).toString();
        const QVariant kind = model.headerData(c, Qt::Horizontal, ExportRole::ColumnKind);
        if (kind.isValid()) {
            column.kind = TableColumn::Kind(kind.toInt());
            column.decimals = model.headerData(c, Qt::Horizontal, ExportRole::Decimals).toInt();
            declaredNumber.append(column.kind == TableColumn::Kind::Number);
        } else {
            declaredNumber.append(false);
            bool numbers = rows > 0;
            bool any = false;
            for (int r = 0; r < rows && numbers; ++r) {
                const QVariant v = cell(model, model.index(r, c), false);
                if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
                    continue;
                any = true;
                numbers = isNumber(v) && std::isfinite(v.toDouble());
                column.decimals = std::max(column.decimals, decimalsOf(v));
            }
            column.kind = numbers && any ? TableColumn::Kind::Number : TableColumn::Kind::Text;
            if (column.kind != TableColumn::Kind::Number)
                column.decimals = 0;
        }
        table.columns.append(column);
    }
    for (int r = 0; r < rows; ++r) {
        QVariantList row;
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant v = cell(model, model.index(r, c), declaredNumber.at(c));
            if (table.columns.at(c).kind == TableColumn::Kind::Number)
                row.append(isNumber(v) && std::isfinite(v.toDouble()) ? QVariant(v.toDouble()) : QVariant());
            else
                row.append(v.toString());
        }
        table.rows.append(row);
    }
    return table;
}

TableSource tableSource(const Indicator &indicator)
{
    return {indicator.code, indicator.nameVi, indicator.method, indicator.unitVi, indicator.sourceAgency,
            indicator.origin == DataOrigin::Synthetic};
}

} // namespace dh
