#pragma once

#include <QString>

class QJsonValue;

namespace callwatch {

// Reading fields of the platform's JSON that should be text or whole numbers. Anything from
// outside may arrive with another type, out of range or not finite: these never convert a
// double that does not fit (undefined behaviour in C++) and fall back instead.

// Text of a field that should be a string. Ids and enum values sometimes arrive as numbers
// (`extension.id` always does, above 2^32): JSON integers keep their exact digits, where a
// double would round beyond 2^53. Empty for null, arrays and objects.
QString jsonText(const QJsonValue &value);

// A count (seconds, milliseconds, a sequence) as a number or numeric text, fractions truncated;
// `fallback` when absent, junk, or beyond ±9e18.
qint64 jsonInteger(const QJsonValue &value, qint64 fallback);

} // namespace callwatch
