#include "wdicsvreader.h"

#include "core/csvparser.h"
#include "core/unitregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dh {

namespace {

// What the project knows about a WDI code beyond the file: a Vietnamese name and how the figure
// behaves. Codes not listed still load, named in English, with a unit guessed from the name.
struct WdiMeta
{
    const char16_t *code;
    const char16_t *nameVi;
    const char16_t *unitVi;
    const char16_t *unitEn;
    IndicatorField field;
    AggregationRule aggregation;
    Polarity polarity;
    const char16_t *owner;
    int decimals;
};

constexpr WdiMeta kWdiMeta[] = {
    {u"NY.GDP.MKTP.KD.ZG", u"Tốc độ tăng trưởng tổng sản phẩm trong nước (GDP, giá so sánh)", u"%", u"%",
     IndicatorField::Growth, AggregationRule::NotAdditive, Polarity::HigherIsBetter, u"BTC", 2},
    {u"NY.GDP.MKTP.CD", u"Tổng sản phẩm trong nước (GDP, giá hiện hành)", u"USD", u"USD",
     IndicatorField::Growth, AggregationRule::Sum, Polarity::HigherIsBetter, u"BTC", 0},
    {u"NY.GDP.PCAP.CD", u"GDP bình quân đầu người (giá hiện hành)", u"USD/người", u"USD per person",
     IndicatorField::Growth, AggregationRule::NotAdditive, Polarity::HigherIsBetter, u"BTC", 0},
    {u"NY.GDP.PCAP.KD.ZG", u"Tốc độ tăng GDP bình quân đầu người", u"%", u"%",
     IndicatorField::Growth, AggregationRule::NotAdditive, Polarity::HigherIsBetter, u"BTC", 2},
    {u"FP.CPI.TOTL.ZG", u"Lạm phát tính theo chỉ số giá tiêu dùng (CPI)", u"%/năm", u"% per year",
     IndicatorField::MacroStability, AggregationRule::NotAdditive, Polarity::LowerIsBetter, u"BTC", 2},
    {u"NY.GDP.DEFL.KD.ZG", u"Lạm phát tính theo chỉ số giảm phát GDP", u"%/năm", u"% per year",
     IndicatorField::MacroStability, AggregationRule::NotAdditive, Polarity::LowerIsBetter, u"BTC", 2},
    {u"BX.KLT.DINV.CD.WD", u"Đầu tư trực tiếp nước ngoài, dòng vốn vào ròng (cán cân thanh toán)", u"USD", u"USD",
     IndicatorField::BusinessEnvironment, AggregationRule::Sum, Polarity::HigherIsBetter, u"NHNN", 0},
    {u"NE.EXP.GNFS.ZS", u"Xuất khẩu hàng hóa và dịch vụ so với GDP", u"% GDP", u"% of GDP",
     IndicatorField::Growth, AggregationRule::NotAdditive, Polarity::Neutral, u"BCT", 2},
    {u"NE.IMP.GNFS.ZS", u"Nhập khẩu hàng hóa và dịch vụ so với GDP", u"% GDP", u"% of GDP",
     IndicatorField::Growth, AggregationRule::NotAdditive, Polarity::Neutral, u"BCT", 2},
    {u"BN.CAB.XOKA.CD", u"Cán cân vãng lai (cán cân thanh toán)", u"USD", u"USD",
     IndicatorField::MacroStability, AggregationRule::Sum, Polarity::HigherIsBetter, u"NHNN", 0},
    {u"FI.RES.TOTL.CD", u"Tổng dự trữ ngoại hối (kể cả vàng)", u"USD", u"USD",
     IndicatorField::MacroStability, AggregationRule::LastValue, Polarity::HigherIsBetter, u"NHNN", 0},
    {u"PA.NUS.FCRF", u"Tỷ giá hối đoái chính thức (bình quân kỳ)", u"đồng/USD", u"VND per USD",
     IndicatorField::MacroStability, AggregationRule::NotAdditive, Polarity::Neutral, u"NHNN", 0},
    {u"SP.POP.TOTL", u"Dân số", u"người", u"persons",
     IndicatorField::Social, AggregationRule::LastValue, Polarity::Neutral, u"BTC", 0},
    {u"SP.URB.TOTL.IN.ZS", u"Tỷ lệ dân số thành thị", u"% dân số", u"% of population",
     IndicatorField::Social, AggregationRule::NotAdditive, Polarity::Neutral, u"BTC", 2},
    {u"SL.UEM.TOTL.ZS", u"Tỷ lệ thất nghiệp (ước tính theo mô hình của ILO)", u"% lực lượng lao động",
     u"% of labour force", IndicatorField::Labour, AggregationRule::NotAdditive, Polarity::LowerIsBetter, u"BNV", 2},
    {u"NV.AGR.TOTL.ZS", u"Giá trị tăng thêm ngành nông, lâm nghiệp và thủy sản so với GDP", u"% GDP", u"% of GDP",
     IndicatorField::Growth, AggregationRule::NotAdditive, Polarity::Neutral, u"BNNMT", 2},
    {u"TX.VAL.TECH.MF.ZS", u"Xuất khẩu sản phẩm công nghệ cao so với xuất khẩu hàng chế biến, chế tạo",
     u"% xuất khẩu hàng chế tạo", u"% of manufactured exports", IndicatorField::InfrastructureScience,
     AggregationRule::NotAdditive, Polarity::HigherIsBetter, u"BKHCN", 2},
    {u"SP.DYN.LE00.IN", u"Tuổi thọ trung bình tính từ lúc sinh", u"năm", u"years",
     IndicatorField::Social, AggregationRule::NotAdditive, Polarity::HigherIsBetter, u"BYT", 1},
    {u"EG.ELC.ACCS.ZS", u"Tỷ lệ dân số được tiếp cận điện", u"% dân số", u"% of population",
     IndicatorField::InfrastructureScience, AggregationRule::NotAdditive, Polarity::HigherIsBetter, u"BCT", 1},
};

const WdiMeta *metaFor(QStringView code)
{
    for (const WdiMeta &m : kWdiMeta) {
        if (code == QStringView(m.code))
            return &m;
    }
    return nullptr;
}

// The reader's messages, all under one translation context.
struct WdiText
{
    Q_DECLARE_TR_FUNCTIONS(WdiCsvReader)
};

Indicator makeIndicator(QStringView code, const QString &nameEn)
{
    Indicator ind;
    ind.code = WdiCsvReader::indicatorCode(code);
    ind.nameEn = nameEn;
    ind.periodicity = Period::Kind::Year;
    ind.kind = IndicatorKind::Statistical;
    ind.sourceAgency = WdiCsvReader::sourceAgency();
    ind.method = u"World Bank WDI series %1, as published; not recomputed."_s.arg(code);
    ind.origin = DataOrigin::Real;
    ind.storedAs = ValueKind::InPeriod;
    if (const WdiMeta *m = metaFor(code)) {
        ind.nameVi = QString::fromUtf16(m->nameVi);
        ind.unitVi = QString::fromUtf16(m->unitVi);
        ind.unitEn = QString::fromUtf16(m->unitEn);
        ind.field = m->field;
        ind.aggregation = m->aggregation;
        ind.polarity = m->polarity;
        ind.owner = QString::fromUtf16(m->owner);
        ind.decimals = m->decimals;
        return ind;
    }
    // An unknown code: the English name stands in, and the unit is read off the name the way the
    // World Bank writes it ("(annual %)", "(current US$)").
    ind.nameVi = nameEn;
    if (nameEn.contains(u"US$"))
        ind.unitVi = ind.unitEn = u"USD"_s;
    else if (nameEn.contains(u'%'))
        ind.unitVi = ind.unitEn = u"%"_s;
    ind.aggregation = AggregationRule::NotAdditive;
    ind.polarity = Polarity::Neutral;
    ind.decimals = 2;
    return ind;
}

} // namespace

WdiCsvReader::WdiCsvReader(const UnitRegistry *registry)
    : m_registry(registry)
{
}

QString WdiCsvReader::indicatorCode(QStringView wdiCode)
{
    return u"WB."_s + wdiCode;
}

QString WdiCsvReader::nameVi(QStringView wdiCode)
{
    const WdiMeta *m = metaFor(wdiCode);
    return m ? QString::fromUtf16(m->nameVi) : QString();
}

QString WdiCsvReader::sourceAgency()
{
    return u"World Bank, World Development Indicators (CC BY 4.0)"_s;
}

Result<WdiData> WdiCsvReader::readFile(const QString &path, const QDateTime &retrievedAt) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(WdiText::tr("Cannot open %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    return read(text, retrievedAt);
}

Result<WdiData> WdiCsvReader::read(QStringView text, const QDateTime &retrievedAt) const
{
    CsvParser parser(text);
    QList<QStringView> fields;
    if (!parser.next(fields))
        return Error::invalid(WdiText::tr("The World Bank file is empty."));

    enum Column { Code, Name, Country, Year, Value, ColumnCount };
    static const char16_t *const names[ColumnCount] = {u"indicator_code", u"indicator_name", u"country_code",
                                                       u"year", u"value"};
    qsizetype col[ColumnCount];
    QStringList missing;
    for (int c = 0; c < ColumnCount; ++c) {
        col[c] = -1;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields.at(i).trimmed() == QStringView(names[c]))
                col[c] = i;
        }
        if (col[c] < 0)
            missing.append(QString::fromUtf16(names[c]));
    }
    if (!missing.isEmpty())
        return Error::invalid(WdiText::tr("The World Bank file lacks the column(s) %1.").arg(missing.join(u", "_s)));
    const qsizetype width = fields.size();

    WdiData data;
    QHash<QString, qsizetype> indicatorIndex;
    const QString source = u"World Bank WDI"_s;

    while (parser.next(fields)) {
        const auto reject = [&](const QString &reason) {
            data.rejected.append({parser.lineNumber(), parser.rawRecord().toString(), reason});
        };
        if (parser.malformed()) {
            reject(WdiText::tr("A quoted field is not closed."));
            continue;
        }
        if (fields.size() != width) {
            reject(WdiText::tr("The row has %1 fields; the header has %2.").arg(fields.size()).arg(width));
            continue;
        }
        const QStringView code = fields.at(col[Code]).trimmed();
        const QStringView country = fields.at(col[Country]).trimmed();
        const QStringView yearText = fields.at(col[Year]).trimmed();
        const QStringView valueText = fields.at(col[Value]).trimmed();
        if (code.isEmpty()) {
            reject(WdiText::tr("The indicator code is empty."));
            continue;
        }
        bool ok = false;
        const int year = yearText.toInt(&ok);
        if (!ok || year < 1900 || year > 2100) {
            reject(WdiText::tr("The year \"%1\" is not a year.").arg(yearText));
            continue;
        }
        QString unit;
        if (country == u"VNM") {
            unit = UnitRegistry::nationCode();
        } else if (country.size() == 3 && (!m_registry || (m_registry->find(country)
                                                           && m_registry->find(country)->level == AdminUnit::Level::Country))) {
            unit = country.toString();
        } else {
            reject(WdiText::tr("The country code \"%1\" is unknown.").arg(country));
            continue;
        }
        double value = 0.0;
        const bool empty = valueText.isEmpty();
        if (!empty) {
            value = valueText.toDouble(&ok);
            if (!ok || !std::isfinite(value)) {
                reject(WdiText::tr("The value \"%1\" is not a number.").arg(valueText));
                continue;
            }
        }

        const QString codeText = code.toString();
        if (!indicatorIndex.contains(codeText)) {
            indicatorIndex.insert(codeText, data.indicators.size());
            data.indicators.append(makeIndicator(code, fields.at(col[Name]).trimmed().toString()));
        }
        if (empty) {
            ++data.emptyValues;
            continue;
        }
        Observation obs;
        obs.indicator = data.indicators.at(indicatorIndex.value(codeText)).code;
        obs.unit = unit;
        obs.period = Period::year(year);
        obs.value = value;
        obs.valueKind = ValueKind::InPeriod;
        obs.status = ObservationStatus::Final;
        obs.provenance = {source, retrievedAt, 1};
        data.observations.append(std::move(obs));
    }
    return data;
}

} // namespace dh
