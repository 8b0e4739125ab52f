#pragma once

#include "sampleprovinces.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QStringView>

#include <vector>

namespace dh {

// A number per province computed from its profile, as the sample's parameters write it: a
// province's weight in a national total ("pow(grdp, 0.6) * pow(population, 0.4) * sqrt(industry)")
// or a lasting bias ("0.12 * log(population * max(1, grdp) / 40000)"). Numbers, the profile's
// fields by name, + - * / with the usual precedence, parentheses, and the functions sqrt, log, exp,
// pow, min and max. It evaluates as C++ evaluates the same expression — left to right, in doubles,
// with the same library functions — so a formula gives the very double the code would.
class SampleFormula
{
    Q_DECLARE_TR_FUNCTIONS(SampleFormula)

public:
    static Result<SampleFormula> parse(QStringView text);

    double operator()(const SampleProvinceProfile &profile) const;

private:
    enum class Op : quint8 { Number, Field, Add, Subtract, Multiply, Divide, Negate, Sqrt, Log, Exp, Pow, Min, Max };
    struct Step
    {
        Op op = Op::Number;
        double number = 0.0;
        SampleProvinces::Field field = nullptr;
    };
    class Parser;

    std::vector<Step> m_steps; // in postfix order
};

} // namespace dh
