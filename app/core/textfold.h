#pragma once

#include <QString>

namespace dh {

// Text folded for a search that ignores case and Vietnamese diacritics: "Nông thôn" and "nong thon"
// fold alike. Decomposes, drops the combining marks, maps đ/Đ (a letter of its own, not a d with a
// mark) to d, and case-folds. The store keeps the folded text of what it searches, so the query and
// the data must fold with this same function.
QString foldForSearch(QStringView text);

} // namespace dh
