# R peer of bench_m4weekly: forecasts the 359 M4 Weekly series, horizon 13, with R's forecast
# package (default: ets, thetaf, stlf, croston.nofits; auto.arima and croston on request).
#
#   Rscript forecast_m4weekly.R --data ../shared/data/m4_weekly --out DIR
#                               [--methods ets,thetaf,...] [--frequency 52] [--limit N]
#
# Reads Weekly-train.csv (official M4 layout: quoted header V1..Vn, the id first, empty cells
# after the end of a series) as ts with the given frequency (the season length bench_m4weekly
# fits its own methods with). ets ignores seasonality above 24 (forecast's own rule); stlf needs
# two full seasons, shorter series count as failures. Cost on this machine: croston takes hours
# on the whole set (forecast's croston refits on every prefix of the series to get its fitted
# values, O(n^2) in the length, which reaches 2,597 weeks here), so the default runs
# croston.nofits, the same point forecasts without the fitted values (common.R); auto.arima with
# frequency 52 took 5-136 s per long series, so it is not in the default list either. Outputs:
# see common.R.
local({
  a <- commandArgs(trailingOnly = FALSE)
  here <- dirname(normalizePath(sub("^--file=", "", a[grep("^--file=", a)][1])))
  source(file.path(here, "common.R"))
})

args <- bench_args(list(data = "../shared/data/m4_weekly", out = ".",
                        methods = "ets,thetaf,stlf,croston.nofits", frequency = "52",
                        limit = "0"))
frequency <- as.numeric(args$frequency)

train <- read.csv(file.path(args$data, "Weekly-train.csv"), check.names = FALSE,
                  stringsAsFactors = FALSE, na.strings = c("", "NA"))
if (args$limit > 0) train <- head(train, args$limit)
series <- lapply(seq_len(nrow(train)), function(i) {
  v <- as.numeric(unlist(train[i, -1], use.names = FALSE))
  ts(v[!is.na(v)], frequency = frequency)
})
names(series) <- train[[1]]

write_info(args$out)
start_timings(args$out)
for (method in args$methods) {
  run_peer_method(method, "Weekly", series, 13, args$out)
}
