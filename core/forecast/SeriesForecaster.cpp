#include "forecast/SeriesForecaster.h"

#include "common/CsvWriter.h"
#include "forecast/AutoMethod.h"
#include "forecast/Combination.h"
#include "import/CsvReader.h"
#include "import/ValueParsers.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <thread>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isMissing(std::string_view cell)
{
    cell = Import::trimmed(cell);
    return cell.empty() || cell == "NA" || cell == "NaN" || cell == "nan";
}

/// Reads the values of a wide row from `first` on; trailing empty cells end the series, an
/// empty or non-numeric cell before a number is an error.
bool wideValues(const std::vector<std::string_view> &fields, std::size_t first,
                std::vector<double> *values, QString *reason)
{
    std::size_t last = fields.size();
    while (last > first && isMissing(fields[last - 1]))
        --last;
    for (std::size_t i = first; i < last; ++i) {
        if (isMissing(fields[i])) {
            *reason = tr("value %1 is missing inside the series").arg(i - first + 1);
            return false;
        }
        const auto v = Import::parseDecimal(fields[i], Import::NumberFormat{});
        if (!v) {
            *reason = tr("value %1 is not a number: \"%2\"")
                          .arg(i - first + 1)
                          .arg(toQString(fields[i]));
            return false;
        }
        values->push_back(*v);
    }
    if (values->empty()) {
        *reason = tr("the series has no values");
        return false;
    }
    return true;
}

} // namespace

bool seriesFormatFromName(const QString &name, SeriesFormat *out)
{
    if (name == QLatin1String("m3"))
        *out = SeriesFormat::M3;
    else if (name == QLatin1String("m4"))
        *out = SeriesFormat::M4;
    else if (name == QLatin1String("long"))
        *out = SeriesFormat::Long;
    else
        return false;
    return true;
}

Result<SeriesInput> readSeries(const QString &path, SeriesFormat format)
{
    Import::CsvReader reader;
    if (Status s = reader.open(path, Import::Encoding::Utf8, ','); !s)
        return s.error();
    SeriesInput input;
    if (format == SeriesFormat::Long) {
        if (!reader.readRecord())
            return Error(tr("%1 is empty.").arg(path), QStringLiteral("empty-file"));
        const auto &header = reader.fields();
        if (header.size() < 3)
            return Error(tr("A long file needs the columns series_id,t,value."),
                         QStringLiteral("bad-file"));
        // Keep the order in which series first appear; sort each series by t.
        QHash<QString, std::size_t> index;
        std::vector<std::map<double, double>> observations;
        std::vector<QString> ids;
        QHash<QString, QString> problems;
        while (reader.readRecord()) {
            const auto &f = reader.fields();
            if (f.size() < 3)
                continue;
            const QString id = toQString(Import::trimmed(f[0]));
            auto it = index.find(id);
            if (it == index.end()) {
                it = index.insert(id, ids.size());
                ids.push_back(id);
                observations.emplace_back();
            }
            const auto t = Import::parseDecimal(f[1], Import::NumberFormat{});
            const auto v = Import::parseDecimal(f[2], Import::NumberFormat{});
            if (!t || !v) {
                if (!problems.contains(id))
                    problems.insert(id, tr("line %1: %2 is not a number")
                                            .arg(reader.lineNumber())
                                            .arg(toQString(!t ? f[1] : f[2])));
                continue;
            }
            observations[*it][*t] = *v;
        }
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (problems.contains(ids[i])) {
                input.problems.push_back({ids[i], problems.value(ids[i])});
                continue;
            }
            NamedSeries s{ids[i], {}};
            for (const auto &[t, v] : observations[i])
                s.values.push_back(v);
            input.series.push_back(std::move(s));
        }
    } else {
        bool header = format == SeriesFormat::M4;
        while (reader.readRecord()) {
            const auto &f = reader.fields();
            if (header) {
                header = false;
                continue;
            }
            if (f.empty() || Import::trimmed(f[0]).empty())
                continue;
            NamedSeries s{toQString(Import::trimmed(f[0])), {}};
            QString reason;
            if (wideValues(f, 1, &s.values, &reason))
                input.series.push_back(std::move(s));
            else
                input.problems.push_back({s.id, reason});
        }
    }
    if (!reader.error().isEmpty())
        return Error(reader.error(), QStringLiteral("bad-file"));
    return input;
}

Result<std::vector<SeriesForecast>> forecastSeries(const std::vector<NamedSeries> &series,
                                                   const ForecastSettings &settings,
                                                   const ForecastProgress &progress,
                                                   const std::atomic_bool *cancel)
{
    if (settings.horizon < 1)
        return Error(tr("The horizon must be at least 1."), QStringLiteral("bad-horizon"));
    Result<std::unique_ptr<Method>> prototype
        = settings.method == QLatin1String("auto")
              ? Result<std::unique_ptr<Method>>(std::unique_ptr<Method>(
                  std::make_unique<AutoMethod>(externalSeriesAutoSettings(settings.horizon))))
              : createMethod(settings.method);
    if (!prototype)
        return prototype.error();

    std::vector<SeriesForecast> results(series.size());
    std::atomic<std::size_t> next{0};
    std::atomic<int> done{0};
    const auto worker = [&] {
        for (std::size_t i = next++; i < series.size(); i = next++) {
            if (cancel && cancel->load())
                return;
            const NamedSeries &s = series[i];
            SeriesForecast &out = results[i];
            out.id = s.id;
            auto method = (*prototype)->create();
            out.method = method->name();
            if (Status fit = method->fit(s.values, settings.seasonLength); !fit) {
                out.error = fit.errorMessage();
            } else {
                if (const auto *selection = dynamic_cast<const AutoMethod *>(method.get()))
                    out.method = selection->chosen();
                out.point = method->forecast(settings.horizon);
                const bool nonNegative = std::all_of(s.values.begin(), s.values.end(),
                                                     [](double v) { return v >= 0; });
                const double sd = method->residualSd();
                for (int h = 1; h <= settings.horizon; ++h) {
                    // Non-negative history (demand, sales) never gets a negative forecast.
                    double &point = out.point[std::size_t(h - 1)];
                    if (nonNegative)
                        point = std::max(point, 0.0);
                    const double f = point;
                    const double spread = sd * method->horizonSdFactor(h);
                    const auto low = [nonNegative](double v) {
                        return nonNegative ? std::max(v, 0.0) : v;
                    };
                    out.lo80.push_back(low(f - 1.2816 * spread));
                    out.hi80.push_back(f + 1.2816 * spread);
                    out.lo95.push_back(low(f - 1.96 * spread));
                    out.hi95.push_back(f + 1.96 * spread);
                }
            }
            const int finished = ++done;
            if (progress)
                progress(finished, int(series.size()));
        }
    };
    const int threads = std::clamp(settings.threads, 1, 64);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();
    if (cancel && cancel->load())
        return Error(tr("Cancelled."), QStringLiteral("cancelled"));
    return results;
}

Status writeForecasts(const QString &path, const std::vector<SeriesForecast> &forecasts)
{
    CsvWriter writer;
    if (Status s = writer.open(path); !s)
        return s;
    writer.row({QStringLiteral("series_id"), QStringLiteral("h"), QStringLiteral("forecast"),
                QStringLiteral("lo80"), QStringLiteral("hi80"), QStringLiteral("lo95"),
                QStringLiteral("hi95")});
    for (const SeriesForecast &f : forecasts) {
        if (!f.error.isEmpty())
            continue;
        for (std::size_t h = 0; h < f.point.size(); ++h)
            writer.text(f.id)
                .integer(qint64(h + 1))
                .number(f.point[h])
                .number(f.lo80[h])
                .number(f.hi80[h])
                .number(f.lo95[h])
                .number(f.hi95[h])
                .endRow();
    }
    return writer.close();
}

} // namespace Stockshift::Forecast
