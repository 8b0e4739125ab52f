#include "sampleformula.h"

#include <algorithm>
#include <cmath>

namespace dh {

// Recursive descent over the text, writing the steps in postfix order:
//   sum := product (("+" | "-") product)*      product := unary (("*" | "/") unary)*
//   unary := "-" unary | primary               primary := number | field | name "(" sum ("," sum)* ")" | "(" sum ")"
class SampleFormula::Parser
{
public:
    explicit Parser(QStringView text) : m_text(text) {}

    Result<std::vector<Step>> run()
    {
        sum();
        skipSpace();
        if (m_error.isEmpty() && m_at < m_text.size())
            fail(SampleFormula::tr("unexpected %1").arg(m_text.mid(m_at, 1)));
        if (!m_error.isEmpty())
            return Error::invalid(SampleFormula::tr("The formula \"%1\" is malformed at character %2: %3.").arg(m_text).arg(m_errorAt + 1).arg(m_error));
        return m_steps;
    }

private:
    void fail(const QString &problem)
    {
        if (m_error.isEmpty()) {
            m_error = problem;
            m_errorAt = m_at;
        }
    }
    void skipSpace()
    {
        while (m_at < m_text.size() && m_text.at(m_at).isSpace())
            ++m_at;
    }
    bool take(QChar c)
    {
        skipSpace();
        if (m_at < m_text.size() && m_text.at(m_at) == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    void push(Op op) { m_steps.push_back({op, 0.0, nullptr}); }

    void sum()
    {
        product();
        while (m_error.isEmpty()) {
            if (take(u'+')) {
                product();
                push(Op::Add);
            } else if (take(u'-')) {
                product();
                push(Op::Subtract);
            } else {
                return;
            }
        }
    }
    void product()
    {
        unary();
        while (m_error.isEmpty()) {
            if (take(u'*')) {
                unary();
                push(Op::Multiply);
            } else if (take(u'/')) {
                unary();
                push(Op::Divide);
            } else {
                return;
            }
        }
    }
    void unary()
    {
        if (take(u'-')) {
            unary();
            push(Op::Negate);
        } else {
            primary();
        }
    }
    void primary()
    {
        skipSpace();
        if (m_error.isEmpty() && m_at >= m_text.size()) {
            fail(SampleFormula::tr("the formula ends too early"));
            return;
        }
        if (!m_error.isEmpty())
            return;
        const QChar c = m_text.at(m_at);
        if (take(u'(')) {
            sum();
            if (!take(u')'))
                fail(SampleFormula::tr("a \")\" is missing"));
        } else if (c.isDigit() || c == u'.') {
            number();
        } else if (c.isLetter()) {
            name();
        } else {
            fail(SampleFormula::tr("unexpected %1").arg(c));
        }
    }
    void number()
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size() && (m_text.at(m_at).isDigit() || m_text.at(m_at) == u'.'))
            ++m_at;
        if (m_at < m_text.size() && (m_text.at(m_at) == u'e' || m_text.at(m_at) == u'E')) {
            ++m_at;
            if (m_at < m_text.size() && (m_text.at(m_at) == u'+' || m_text.at(m_at) == u'-'))
                ++m_at;
            while (m_at < m_text.size() && m_text.at(m_at).isDigit())
                ++m_at;
        }
        bool ok = false;
        const QStringView digits = m_text.mid(start, m_at - start);
        const double value = digits.toDouble(&ok);
        if (!ok) {
            m_at = start;
            fail(SampleFormula::tr("%1 is not a number").arg(digits));
            return;
        }
        m_steps.push_back({Op::Number, value, nullptr});
    }
    void name()
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size() && (m_text.at(m_at).isLetterOrNumber() || m_text.at(m_at) == u'_'))
            ++m_at;
        const QStringView word = m_text.mid(start, m_at - start);
        static constexpr std::pair<const char16_t *, std::pair<Op, int>> functions[] = {
            {u"sqrt", {Op::Sqrt, 1}}, {u"log", {Op::Log, 1}}, {u"exp", {Op::Exp, 1}},
            {u"pow", {Op::Pow, 2}},   {u"min", {Op::Min, 2}}, {u"max", {Op::Max, 2}},
        };
        for (const auto &[function, shape] : functions) {
            if (word != QStringView(function))
                continue;
            if (!take(u'(')) {
                fail(SampleFormula::tr("%1 needs its arguments in parentheses").arg(word));
                return;
            }
            for (int i = 0; i < shape.second && m_error.isEmpty(); ++i) {
                if (i > 0 && !take(u',')) {
                    fail(SampleFormula::tr("%1 takes %2 arguments").arg(word).arg(shape.second));
                    return;
                }
                sum();
            }
            if (m_error.isEmpty() && !take(u')')) {
                fail(m_at >= m_text.size() ? SampleFormula::tr("a \")\" is missing")
                                           : SampleFormula::tr("%1 takes %2 arguments").arg(word).arg(shape.second));
            }
            push(shape.first);
            return;
        }
        const auto field = SampleProvinces::field(word);
        if (!field) {
            m_at = start;
            fail(SampleFormula::tr("%1 is neither a function (sqrt, log, exp, pow, min, max) nor a field of a province (%2)")
                     .arg(word, SampleProvinces::fieldNames().join(u", ")));
            return;
        }
        m_steps.push_back({Op::Field, 0.0, *field});
    }

    QStringView m_text;
    qsizetype m_at = 0;
    std::vector<Step> m_steps;
    QString m_error;
    qsizetype m_errorAt = 0;
};

Result<SampleFormula> SampleFormula::parse(QStringView text)
{
    auto steps = Parser(text).run();
    if (!steps)
        return steps.error();
    SampleFormula formula;
    formula.m_steps = std::move(*steps);
    return formula;
}

double SampleFormula::operator()(const SampleProvinceProfile &profile) const
{
    std::vector<double> stack;
    stack.reserve(m_steps.size());
    const auto pop = [&stack] {
        const double v = stack.back();
        stack.pop_back();
        return v;
    };
    for (const Step &step : m_steps) {
        if (step.op == Op::Number) {
            stack.push_back(step.number);
            continue;
        }
        if (step.op == Op::Field) {
            stack.push_back(profile.*step.field);
            continue;
        }
        const double b = pop();
        switch (step.op) {
        case Op::Negate: stack.push_back(-b); break;
        case Op::Sqrt: stack.push_back(std::sqrt(b)); break;
        case Op::Log: stack.push_back(std::log(b)); break;
        case Op::Exp: stack.push_back(std::exp(b)); break;
        default: {
            const double a = pop();
            switch (step.op) {
            case Op::Add: stack.push_back(a + b); break;
            case Op::Subtract: stack.push_back(a - b); break;
            case Op::Multiply: stack.push_back(a * b); break;
            case Op::Divide: stack.push_back(a / b); break;
            case Op::Pow: stack.push_back(std::pow(a, b)); break;
            case Op::Min: stack.push_back(std::min(a, b)); break;
            case Op::Max: stack.push_back(std::max(a, b)); break;
            default: break;
            }
        }
        }
    }
    return stack.empty() ? 0.0 : stack.back();
}

} // namespace dh
