#include "pxreader.h"

#include "pxcells.h"
#include "pxcharset.h"
#include "pxkeywords.h"
#include "sourceperiod.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>
#include <vector>

namespace dh {

namespace {

using Entry = PxKeywords::Entry;

// The specification's bound on DECIMALS; a larger number is not a number of decimals.
constexpr int kMaxDecimals = 15;

// The PX reader's messages, all under one translation context.
struct PxText
{
    Q_DECLARE_TR_FUNCTIONS(PxReader)
};

Error invalid(const QString &message, const char *rule)
{
    return Error{Error::Code::Invalid, message, QString::fromLatin1(rule)};
}

// The steps of reading one file, and what they share.
class Reader
{
public:
    explicit Reader(const PxKeywords &keywords) : m_k(keywords) {}

    Result<StatDocument> read();

private:
    QString text(QByteArrayView bytes) { return m_charset->decode(bytes); }
    QString language(const Entry &e) const { return e.language.isEmpty() ? m_defaultLanguage : QString::fromLatin1(e.language); }
    Result<QStringList> texts(const Entry &e);
    Result<LocalizedText> localized(QByteArrayView keyword);
    QByteArray firstValue(QByteArrayView keyword) const;

    Result<void> readVariables();
    // The entries of a keyword whose first subkey names a variable, by language and variable.
    Result<QHash<QString, QHash<int, const Entry *>>> perVariable(QByteArrayView keyword, bool refuseUnknown);
    int variableOf(const QString &lang, const QString &name) const;
    int categoryOf(int variable, const QString &lang, const QString &label);
    Result<void> readCategories();
    Result<void> readTime();
    Result<void> markTime(int variable, const Entry &timeval);
    Result<void> readMetric();
    Result<void> readDecimals();
    void readUpdated();
    void readEliminations();
    Result<void> checkIds();
    Result<std::optional<int>> integer(QByteArrayView keyword);

    const PxKeywords &m_k;
    std::optional<PxCharset> m_charset;
    QString m_defaultLanguage;
    StatDocument m_doc;
    QStringList m_warnings;
    QHash<QString, QStringList> m_names; // variable names by language, in dimension order
    QHash<QString, QHash<QString, int>> m_variableIndex; // the same, name → position
    // Category positions by label or code, made when first asked for: a file may name values in
    // thousands of keywords, and each must not search the values again. Keyed by variable × 3 +
    // (0: the keyword's language, 1: the default language, 2: codes) and the language.
    QHash<std::pair<int, QString>, QHash<QString, int>> m_categoryIndex;
    int m_variables = 0;                 // the file's variables; a metric dimension of the reader's own may follow
    int m_metric = -1;
};

Result<QStringList> Reader::texts(const Entry &e)
{
    auto raw = m_k.values(e);
    if (!raw)
        return raw.error();
    QStringList out;
    out.reserve(raw->size());
    for (const QByteArray &item : *raw)
        out.append(text(item));
    return out;
}

Result<LocalizedText> Reader::localized(QByteArrayView keyword)
{
    LocalizedText out;
    for (const Entry *e : m_k.all(keyword)) {
        if (e->hasSubkeys)
            continue;
        auto t = texts(*e);
        if (!t)
            return t.error();
        out.insert(language(*e), t->join(u' '));
    }
    return out;
}

QByteArray Reader::firstValue(QByteArrayView keyword) const
{
    const Entry *e = m_k.find(keyword);
    if (!e)
        return {};
    const auto v = m_k.values(*e);
    return v && !v->isEmpty() ? v->constFirst() : QByteArray();
}

int Reader::variableOf(const QString &lang, const QString &name) const
{
    int i = m_variableIndex.value(lang).value(name, -1);
    if (i < 0 && lang != m_defaultLanguage)
        i = m_variableIndex.value(m_defaultLanguage).value(name, -1);
    return i;
}

int Reader::categoryOf(int variable, const QString &lang, const QString &label)
{
    const QList<StatCategory> &categories = m_doc.dimensions.at(variable).categories;
    // By label in the language, then in the default language, then by code.
    for (const int by : {0, 1, 2}) {
        const QString l = by == 0 ? lang : by == 1 ? m_defaultLanguage : QString();
        auto it = m_categoryIndex.find({variable * 3 + by, l});
        if (it == m_categoryIndex.end()) {
            QHash<QString, int> index;
            for (int i = int(categories.size()) - 1; i >= 0; --i)
                index.insert(by == 2 ? categories.at(i).id : categories.at(i).label.value(l), i);
            it = m_categoryIndex.insert({variable * 3 + by, l}, index);
        }
        if (const int i = it->value(label, -1); i >= 0)
            return i;
    }
    return -1;
}

Result<void> Reader::readVariables()
{
    // STUB and HEADING by language.
    QHash<QString, QStringList> stub;
    QHash<QString, QStringList> heading;
    for (const auto &[keyword, into] : {std::pair{QByteArrayView("STUB"), &stub}, std::pair{QByteArrayView("HEADING"), &heading}}) {
        for (const Entry *e : m_k.all(keyword)) {
            const QString lang = language(*e);
            if (e->hasSubkeys)
                continue;
            auto names = texts(*e);
            if (!names)
                return names.error();
            // STUB and STUB[de] in a file whose language is de: the same keyword twice, which
            // matters only when they differ.
            if (into->contains(lang) && into->value(lang) != *names)
                return invalid(PxText::tr("%1 is given twice, differently.").arg(m_k.where(*e)), "PX_KEYWORD_DUPLICATE");
            into->insert(lang, *names);
        }
    }
    const QStringList names = stub.value(m_defaultLanguage) + heading.value(m_defaultLanguage);
    if (names.isEmpty())
        return invalid(PxText::tr("The file has neither STUB nor HEADING: it names no variable."), "PX_STUB_HEADING_MISSING");
    QHash<QString, int> positions;
    for (int i = 0; i < names.size(); ++i) {
        if (positions.contains(names.at(i)))
            return invalid(PxText::tr("The variable \"%1\" is named twice in STUB and HEADING.").arg(names.at(i)), "PX_VARIABLE_DUPLICATE");
        positions.insert(names.at(i), i);
    }
    m_names.insert(m_defaultLanguage, names);
    QSet<QString> languages(stub.keyBegin(), stub.keyEnd());
    languages.unite(QSet<QString>(heading.keyBegin(), heading.keyEnd()));
    for (const QString &lang : languages) {
        if (lang == m_defaultLanguage)
            continue;
        if (stub.value(lang).size() != stub.value(m_defaultLanguage).size() || heading.value(lang).size() != heading.value(m_defaultLanguage).size()) {
            m_warnings << PxText::tr("STUB[%1] and HEADING[%1] do not name as many variables as STUB and HEADING; the variable names in %1 were left out.").arg(lang);
            continue;
        }
        m_names.insert(lang, stub.value(lang) + heading.value(lang));
    }

    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        QHash<QString, int> &index = m_variableIndex[it.key()];
        for (int i = int(it->size()) - 1; i >= 0; --i)
            index.insert(it->at(i), i);
    }
    m_variables = int(names.size());
    m_doc.dimensions.resize(m_variables);
    for (int v = 0; v < m_variables; ++v) {
        StatDimension &d = m_doc.dimensions[v];
        d.id = names.at(v);
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
            d.label.insert(it.key(), it->at(v));
    }
    return {};
}

Result<QHash<QString, QHash<int, const Entry *>>> Reader::perVariable(QByteArrayView keyword, bool refuseUnknown)
{
    QHash<QString, QHash<int, const Entry *>> out;
    for (const Entry *e : m_k.all(keyword)) {
        if (!e->hasSubkeys)
            continue;
        auto sub = m_k.subkeys(*e);
        if (!sub)
            return sub.error();
        if (sub->isEmpty())
            return invalid(PxText::tr("%1 names no variable in its parentheses.").arg(m_k.where(*e)), "PX_KEYWORD_MALFORMED");
        const QString lang = language(*e);
        const QString name = text(sub->constFirst());
        const int v = variableOf(lang, name);
        if (v < 0) {
            if (refuseUnknown && lang == m_defaultLanguage)
                return invalid(PxText::tr("%1 names the variable \"%2\", which is in neither STUB nor HEADING.").arg(m_k.where(*e), name), "PX_STUB_UNKNOWN");
            m_warnings << PxText::tr("%1 names the variable \"%2\", which is in neither STUB nor HEADING; it was left out.").arg(m_k.where(*e), name);
            continue;
        }
        if (const Entry *before = out.value(lang).value(v)) {
            if (before->value.trimmed() == e->value.trimmed())
                continue;
            return invalid(PxText::tr("%1 is given twice for the variable \"%2\", differently.").arg(m_k.where(*e), name), "PX_KEYWORD_DUPLICATE");
        }
        out[lang].insert(v, e);
    }
    return out;
}

Result<void> Reader::readCategories()
{
    auto values = perVariable("VALUES", true);
    if (!values)
        return values.error();
    auto codes = perVariable("CODES", true);
    if (!codes)
        return codes.error();
    auto variableCodes = perVariable("VARIABLECODE", false);
    if (!variableCodes)
        return variableCodes.error();

    for (int v = 0; v < m_variables; ++v) {
        StatDimension &d = m_doc.dimensions[v];
        const Entry *valuesEntry = values->value(m_defaultLanguage).value(v);
        auto labels = valuesEntry ? texts(*valuesEntry) : Result<QStringList>(QStringList());
        if (!labels)
            return labels.error();
        if (labels->isEmpty())
            return invalid(PxText::tr("The variable \"%1\" has no VALUES.").arg(d.id), "PX_VALUES_MISSING");
        const qsizetype count = labels->size();

        QStringList ids = *labels;
        if (const Entry *c = codes->value(m_defaultLanguage).value(v)) {
            auto given = texts(*c);
            if (!given)
                return given.error();
            if (given->size() != count) {
                return invalid(PxText::tr("%1 gives %2 codes for the %3 values of \"%4\".").arg(m_k.where(*c)).arg(given->size()).arg(count).arg(d.id),
                               "PX_CODES_COUNT_MISMATCH");
            }
            ids = *given;
        }
        d.categories.resize(count);
        for (qsizetype i = 0; i < count; ++i) {
            d.categories[i].id = ids.at(i);
            d.categories[i].label.insert(m_defaultLanguage, labels->at(i));
        }
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            const Entry *e = it->value(v);
            if (it.key() == m_defaultLanguage || !e)
                continue;
            auto other = texts(*e);
            if (!other)
                return other.error();
            if (other->size() != count) {
                m_warnings << PxText::tr("%1 gives %2 values for the %3 of \"%4\"; its labels were left out.").arg(m_k.where(*e)).arg(other->size()).arg(count).arg(d.id);
                continue;
            }
            for (qsizetype i = 0; i < count; ++i)
                d.categories[i].label.insert(it.key(), other->at(i));
        }
        if (const Entry *e = variableCodes->value(m_defaultLanguage).value(v)) {
            auto code = texts(*e);
            if (!code)
                return code.error();
            if (code->size() == 1 && !code->constFirst().isEmpty())
                d.id = code->constFirst();
        }
    }
    return {};
}

Result<void> Reader::markTime(int variable, const Entry &timeval)
{
    auto list = m_k.timeList(timeval);
    if (!list)
        return list.error();
    StatDimension &d = m_doc.dimensions[variable];
    const QString scale = QString::fromLatin1(list->scale);
    std::vector<Result<Period>> periods;
    if (!list->codes.isEmpty() || list->rangeFrom.isEmpty()) {
        for (const QByteArray &code : std::as_const(list->codes))
            periods.push_back(SourcePeriod::parsePx(text(code), scale));
    } else {
        const auto from = SourcePeriod::parsePx(text(list->rangeFrom), scale);
        const auto to = SourcePeriod::parsePx(text(list->rangeTo), scale);
        if (!from || !to || from->kind() != to->kind() || to->distanceFrom(*from) < 0 || to->distanceFrom(*from) >= d.categories.size()) {
            return invalid(PxText::tr("The range of %1 is not %2 periods of TLIST(%3).").arg(m_k.where(timeval)).arg(d.categories.size()).arg(scale),
                           "PX_TIMEVAL_COUNT_MISMATCH");
        }
        for (Period p = *from; p.ordinal() <= to->ordinal(); p = p.next())
            periods.push_back(p);
    }
    if (qsizetype(periods.size()) != d.categories.size()) {
        return invalid(PxText::tr("%1 gives %2 periods for the %3 values of \"%4\".").arg(m_k.where(timeval)).arg(qsizetype(periods.size())).arg(d.categories.size()).arg(d.id),
                       "PX_TIMEVAL_COUNT_MISMATCH");
    }
    d.role = DimensionRole::Time;
    int unreadable = 0;
    QString example;
    for (qsizetype i = 0; i < d.categories.size(); ++i) {
        if (!periods.at(i)) {
            if (unreadable++ == 0)
                example = d.categories.at(i).id;
            continue;
        }
        const Period &p = *periods.at(i);
        const auto asWritten = SourcePeriod::parse(d.categories.at(i).id);
        if (!asWritten || !(*asWritten == p))
            d.categories[i].id = p.toString();
    }
    if (unreadable > 0) {
        m_warnings << PxText::tr("%n period(s) of %1 do not read as periods of TLIST(%2) (e.g. \"%3\"); their codes were kept.", nullptr, unreadable)
                          .arg(m_k.where(timeval), scale, example);
    }
    return {};
}

Result<void> Reader::readTime()
{
    auto timevals = perVariable("TIMEVAL", true);
    if (!timevals)
        return timevals.error();
    const auto &inDefault = timevals->value(m_defaultLanguage);
    for (int v = 0; v < m_variables; ++v) {
        if (const Entry *e = inDefault.value(v))
            return markTime(v, *e);
    }
    for (auto it = timevals->cbegin(); it != timevals->cend(); ++it) {
        for (int v = 0; v < m_variables; ++v) {
            if (const Entry *e = it->value(v))
                return markTime(v, *e);
        }
    }
    // No TIMEVAL: the one variable whose codes and values all read as periods.
    int found = -1;
    for (int v = 0; v < m_variables; ++v) {
        const StatDimension &d = m_doc.dimensions.at(v);
        const bool periods = std::all_of(d.categories.cbegin(), d.categories.cend(), [this](const StatCategory &c) {
            return SourcePeriod::parse(c.id).ok() && SourcePeriod::parse(c.label.value(m_defaultLanguage)).ok();
        });
        if (periods) {
            if (found >= 0)
                return {};
            found = v;
        }
    }
    if (found >= 0)
        m_doc.dimensions[found].role = DimensionRole::Time;
    return {};
}

Result<void> Reader::readMetric()
{
    auto units = localized("UNITS");
    if (!units)
        return units.error();
    if (const Entry *e = m_k.find("CONTVARIABLE")) {
        auto name = texts(*e);
        if (!name)
            return name.error();
        m_metric = name->size() == 1 ? variableOf(m_defaultLanguage, name->constFirst()) : -1;
        if (m_metric < 0)
            return invalid(PxText::tr("%1 names a variable that is in neither STUB nor HEADING.").arg(m_k.where(*e)), "PX_STUB_UNKNOWN");
        if (m_doc.dimensions.at(m_metric).role == DimensionRole::Time)
            return invalid(PxText::tr("%1 names the time variable.").arg(m_k.where(*e)), "PX_CONTVARIABLE_TIME");
    } else {
        auto contents = localized("CONTENTS");
        if (!contents)
            return contents.error();
        QString matrix = text(firstValue("MATRIX")).trimmed();
        StatDimension d;
        d.id = QStringLiteral("CONTENTS");
        while (m_doc.dimensionIndex(d.id) >= 0)
            d.id += u'_';
        d.label = *contents;
        d.role = DimensionRole::Metric;
        StatCategory c;
        c.id = matrix.isEmpty() ? d.id : matrix;
        c.label = contents->isEmpty() ? m_doc.label : *contents;
        d.categories.append(c);
        m_doc.dimensions.append(d);
        m_metric = int(m_doc.dimensions.size()) - 1;
    }
    StatDimension &metric = m_doc.dimensions[m_metric];
    metric.role = DimensionRole::Metric;

    // UNITS("content") with a CONTVARIABLE; UNITS("variable","content") as some writers have it.
    QHash<int, LocalizedText> own;
    for (const Entry *e : m_k.all("UNITS")) {
        if (!e->hasSubkeys)
            continue;
        auto sub = m_k.subkeys(*e);
        if (!sub)
            return sub.error();
        auto unit = texts(*e);
        if (!unit)
            return unit.error();
        const QString lang = language(*e);
        const bool named = sub->size() == 2 && variableOf(lang, text(sub->constFirst())) == m_metric;
        const int c = (sub->size() == 1 || named) && m_metric < m_variables ? categoryOf(m_metric, lang, text(sub->constLast())) : -1;
        if (c < 0) {
            m_warnings << PxText::tr("%1 is not for a value of the content variable; it was left out.").arg(m_k.where(*e));
            continue;
        }
        own[c].insert(lang, unit->join(u' '));
    }
    for (int c = 0; c < metric.categories.size(); ++c)
        metric.categories[c].unit = own.value(c, *units);
    return {};
}

Result<std::optional<int>> Reader::integer(QByteArrayView keyword)
{
    const Entry *e = m_k.find(keyword);
    if (!e)
        return std::optional<int>();
    bool ok = false;
    const int n = firstValue(keyword).trimmed().toInt(&ok);
    if (!ok || n < 0 || n > kMaxDecimals)
        return invalid(PxText::tr("%1 is not a number of decimals from 0 to %2.").arg(m_k.where(*e)).arg(kMaxDecimals), "PX_VALUE_MALFORMED");
    return std::optional<int>(n);
}

Result<void> Reader::readDecimals()
{
    auto decimals = integer("DECIMALS");
    if (!decimals)
        return decimals.error();
    auto shown = integer("SHOWDECIMALS");
    if (!shown)
        return shown.error();
    const std::optional<int> base = shown->has_value() ? *shown : *decimals;
    for (StatCategory &c : m_doc.dimensions[m_metric].categories)
        c.decimals = base;

    for (const Entry *e : m_k.all("PRECISION")) {
        auto sub = m_k.subkeys(*e);
        if (!sub)
            return sub.error();
        bool ok = false;
        const int n = m_k.values(*e).valueOr({}).value(0).trimmed().toInt(&ok);
        if (!ok || n < 0 || n > kMaxDecimals)
            return invalid(PxText::tr("%1 is not a number of decimals from 0 to %2.").arg(m_k.where(*e)).arg(kMaxDecimals), "PX_VALUE_MALFORMED");
        const QString lang = language(*e);
        const int v = sub->size() == 2 ? variableOf(lang, text(sub->at(0))) : -1;
        const int c = v >= 0 ? categoryOf(v, lang, text(sub->at(1))) : -1;
        if (c < 0) {
            m_warnings << PxText::tr("%1 does not name a variable and one of its values; it was left out.").arg(m_k.where(*e));
            continue;
        }
        m_doc.dimensions[v].categories[c].decimals = n;
    }
    return {};
}

void Reader::readUpdated()
{
    for (const Entry *e : m_k.all("LAST-UPDATED")) {
        const QString written = text(m_k.values(*e).valueOr({}).value(0)).trimmed();
        QDateTime at;
        for (const QString &format : {QStringLiteral("yyyyMMdd hh:mm:ss"), QStringLiteral("yyyyMMdd hh:mm"), QStringLiteral("yyyyMMdd")}) {
            at = QDateTime::fromString(written, format);
            if (at.isValid())
                break;
        }
        if (!at.isValid()) {
            m_warnings << PxText::tr("%1 is not a date (CCYYMMDD hh:mm): \"%2\"; it was left out.").arg(m_k.where(*e), written);
            continue;
        }
        if (!m_doc.updated.isValid() || at > m_doc.updated)
            m_doc.updated = at;
    }
}

void Reader::readEliminations()
{
    // ELIMINATION("variable")=YES (the variable may be summed away) or ="value" (the value that
    // stands for all). The document has no place for it; a value that is not one of the
    // variable's is still worth saying, as it shows the file's labels are out of step.
    for (const Entry *e : m_k.all("ELIMINATION")) {
        const auto sub = m_k.subkeys(*e);
        const auto value = m_k.values(*e);
        if (!sub || sub->isEmpty() || !value || value->size() != 1)
            continue;
        const QString lang = language(*e);
        const int v = variableOf(lang, text(sub->constFirst()));
        const QByteArray &written = value->constFirst();
        if (v < 0 || written == "YES" || written == "NO")
            continue;
        if (categoryOf(v, lang, text(written)) < 0)
            m_warnings << PxText::tr("%1 names \"%2\", which is not a value of its variable.").arg(m_k.where(*e), text(written));
    }
}

Result<void> Reader::checkIds()
{
    for (const StatDimension &d : std::as_const(m_doc.dimensions)) {
        QSet<QString> seen;
        seen.reserve(d.categories.size());
        for (const StatCategory &c : d.categories) {
            if (seen.contains(c.id))
                return invalid(PxText::tr("The variable \"%1\" has the code \"%2\" twice.").arg(d.id, c.id), "PX_CATEGORY_DUPLICATE");
            seen.insert(c.id);
        }
    }
    QSet<QString> ids;
    for (const StatDimension &d : std::as_const(m_doc.dimensions)) {
        if (ids.contains(d.id))
            return invalid(PxText::tr("Two variables have the id \"%1\".").arg(d.id), "PX_VARIABLE_DUPLICATE");
        ids.insert(d.id);
    }
    return {};
}

Result<StatDocument> Reader::read()
{
    m_charset.emplace(m_k.header(), firstValue("CODEPAGE"), firstValue("CHARSET"));
    m_defaultLanguage = text(firstValue("LANGUAGE")).trimmed();
    if (!m_k.all("KEYS").isEmpty())
        return invalid(PxText::tr("The file writes its cells with KEYS, which is not read here."), "PX_KEYS_UNSUPPORTED");

    m_doc.format = QStringLiteral("px");
    m_doc.id = text(firstValue("MATRIX")).trimmed();
    for (const char *keyword : {"TITLE", "DESCRIPTION", "CONTENTS"}) {
        auto label = localized(keyword);
        if (!label)
            return label.error();
        if (!label->isEmpty()) {
            m_doc.label = *label;
            break;
        }
    }
    auto source = localized("SOURCE");
    if (!source)
        return source.error();
    m_doc.source = source->value(m_defaultLanguage, source->isEmpty() ? QString() : source->first()).trimmed();

    for (auto step : {&Reader::readVariables, &Reader::readCategories, &Reader::readTime, &Reader::readMetric, &Reader::readDecimals}) {
        if (auto done = (this->*step)(); !done)
            return done.error();
    }
    readUpdated();
    readEliminations();
    if (auto ok = checkIds(); !ok)
        return ok.error();

    PxCells cells(m_k, *m_charset, m_defaultLanguage);
    if (auto ok = cells.read(m_doc); !ok)
        return ok.error();
    m_doc.warnings = m_charset->warnings() + m_warnings + cells.warnings();
    return std::move(m_doc);
}

} // namespace

Result<StatDocument> PxReader::read(QByteArrayView file)
{
    auto keywords = PxKeywords::scan(file);
    if (!keywords)
        return keywords.error();
    return Reader(*keywords).read();
}

} // namespace dh
