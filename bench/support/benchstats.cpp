#include "benchstats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace warren::bench {

std::optional<Stats> summarize(std::vector<double> samples)
{
    if (samples.empty())
        return std::nullopt;
    std::sort(samples.begin(), samples.end());
    Stats s;
    const size_t n = samples.size();
    s.n = static_cast<int>(n);
    s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    // Nearest rank: the smallest sample at or above 99 % of the samples.
    const auto rank = static_cast<size_t>(std::ceil(0.99 * static_cast<double>(n)));
    s.p99 = samples[std::max<size_t>(rank, 1) - 1];
    double sum = 0;
    for (double x : samples)
        sum += x;
    s.mean = sum / static_cast<double>(n);
    s.max = samples.back();
    return s;
}

void printStats(const char* what, const std::optional<Stats>& s, int wanted)
{
    if (!s) {
        std::printf("%-46s FAILED (no round trip completed)\n", what);
        return;
    }
    std::printf("%-46s n=%4d  median %7.3f ms  p99 %7.3f ms  mean %7.3f ms  max %7.3f ms%s\n", what, s->n, s->median,
        s->p99, s->mean, s->max, s->n < wanted ? "  (INCOMPLETE: a round trip timed out)" : "");
}

std::string fmt(std::optional<double> v, int decimals)
{
    if (!v || !std::isfinite(*v))
        return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
    return buf;
}

std::string joinRates(const std::vector<double>& v, int decimals)
{
    std::string out;
    for (double x : v) {
        if (!out.empty())
            out += " ";
        out += fmt(x, decimals);
    }
    return out;
}

std::optional<double> ratio(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b || *b <= 0)
        return std::nullopt;
    return *a / *b;
}

std::optional<double> loadAverage()
{
    double l[1];
    if (getloadavg(l, 1) != 1)
        return std::nullopt;
    return l[0];
}

void JsonLine::str(const std::string& key, const std::string& value)
{
    add(key, "\"" + value + "\"");
}

void JsonLine::boolean(const std::string& key, bool value)
{
    add(key, value ? "true" : "false");
}

void JsonLine::integer(const std::string& key, long long value)
{
    add(key, std::to_string(value));
}

void JsonLine::number(const std::string& key, std::optional<double> value)
{
    if (!value || !std::isfinite(*value)) {
        add(key, "null");
        return;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f", *value);
    add(key, buf);
}

std::string JsonLine::text() const
{
    std::string out = "{";
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (i)
            out += ",";
        out += "\"" + m_fields[i].first + "\":" + m_fields[i].second;
    }
    return out + "}";
}

} // namespace warren::bench
