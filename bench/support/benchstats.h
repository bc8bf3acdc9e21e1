// Timing, statistics and output for benchmarks: latency summaries (median,
// nearest-rank p99), formatted figures, ratios, and the one-line JSON object
// every benchmark prints last.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace warren::bench {

using Clock = std::chrono::steady_clock;

inline double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}
inline double secondsBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}
inline double secondsSince(Clock::time_point a)
{
    return secondsBetween(a, Clock::now());
}

struct Stats {
    int n = 0;
    double median = 0;
    double p99 = 0; ///< nearest rank
    double mean = 0;
    double max = 0;
};

/// nullopt when @p samples is empty.
std::optional<Stats> summarize(std::vector<double> samples);

/// One line: "@p what n=… median … p99 …", flagged when fewer than @p wanted.
void printStats(const char* what, const std::optional<Stats>& s, int wanted);

/// "n/a" for nullopt or a non-finite value.
std::string fmt(std::optional<double> v, int decimals = 2);

/// @p v formatted and joined with spaces (per-second rates).
std::string joinRates(const std::vector<double>& v, int decimals = 1);

/// a / b, nullopt when either is missing or b <= 0.
std::optional<double> ratio(std::optional<double> a, std::optional<double> b);

/// One member of optional stats: field(s, &Stats::median).
inline std::optional<double> field(const std::optional<Stats>& s, double Stats::*member)
{
    if (!s)
        return std::nullopt;
    return (*s).*member;
}

/// The 1-minute load average: other work on the machine skews every figure.
std::optional<double> loadAverage();

/// One flat JSON object, keys in insertion order.
class JsonLine {
public:
    void str(const std::string& key, const std::string& value);
    void boolean(const std::string& key, bool value);
    void integer(const std::string& key, long long value);
    /// null for nullopt or a non-finite value.
    void number(const std::string& key, std::optional<double> value);
    std::string text() const;

private:
    void add(const std::string& key, const std::string& rawValue) { m_fields.emplace_back(key, rawValue); }
    std::vector<std::pair<std::string, std::string>> m_fields;
};

} // namespace warren::bench
