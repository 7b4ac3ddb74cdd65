# Helpers shared by the R peers of the Stockshift benchmarks (forecast_m3.R, forecast_m4weekly.R,
# forecast_carparts.R). They are run by bench_m3, bench_m4weekly and bench_carparts with --r.
#
# Division of work: R only fits and forecasts. Every R script writes, into --out DIR,
#   forecasts_<method>_<subset>.csv   series_id,h,forecast   (series whose fit failed are absent)
#   timings.csv                       method,subset,series,failures,seconds   (appended)
#   info.csv                          key,value   (R and forecast versions)
# and the C++ benchmark scores R's forecasts with the same scorer as its own.
# Timing: wall clock (proc.time()[["elapsed"]]) around the loop of fit + forecast of one method on
# one subset; reading the data, loading the package and writing the CSVs are not included.
# One thread: the benchmark starts Rscript with OMP/OpenBLAS/MKL threads = 1; forecast's ets,
# auto.arima (parallel = FALSE) and thetaf are single-threaded.

if (!requireNamespace("forecast", quietly = TRUE)) {
  message("R package 'forecast' is not installed (Debian: r-cran-forecast)")
  quit(save = "no", status = 3)
}
suppressPackageStartupMessages(library(forecast))

# --key value pairs into a list, starting from `defaults`.
bench_args <- function(defaults) {
  a <- commandArgs(trailingOnly = TRUE)
  out <- defaults
  i <- 1
  while (i < length(a)) {
    out[[sub("^--", "", a[i])]] <- a[i + 1]
    i <- i + 2
  }
  out$limit <- as.integer(out$limit)
  out$methods <- strsplit(out$methods, ",", fixed = TRUE)[[1]]
  dir.create(out$out, showWarnings = FALSE, recursive = TRUE)
  out
}

# The methods an R peer can run: each takes a ts and a horizon and returns h point forecasts.
peer_methods <- list(
  ets = function(y, h) forecast(ets(y), h = h)$mean,
  auto.arima = function(y, h) forecast(auto.arima(y), h = h)$mean,
  thetaf = function(y, h) thetaf(y, h = h)$mean,
  croston = function(y, h) croston(y, h = h)$mean,
  # The same point forecasts as croston, without its in-sample fitted values: forecast's croston
  # gets those by refitting on every prefix of the series (O(n^2) in R code), hours on long
  # series; the forecasts do not depend on them.
  croston.nofits = function(y, h) forecast:::croston2(y, h = h, nofits = TRUE),
  stlf = function(y, h) stlf(y, h = h)$mean
)

write_info <- function(out_dir) {
  info <- data.frame(
    key = c("R", "forecast", "blas"),
    value = c(R.version.string, as.character(packageVersion("forecast")),
              basename(extSoftVersion()[["BLAS"]])))
  write.csv(info, file.path(out_dir, "info.csv"), row.names = FALSE)
}

# Fits `method` to every series of `series` (a named list of ts), forecasts h steps, writes the
# forecasts and appends the wall time to timings.csv.
run_peer_method <- function(method, subset, series, h, out_dir) {
  fun <- peer_methods[[method]]
  if (is.null(fun)) {
    message("unknown R method ", method, "; known: ", paste(names(peer_methods), collapse = ", "))
    quit(save = "no", status = 2)
  }
  n <- length(series)
  values <- matrix(NA_real_, nrow = n, ncol = h)
  failures <- 0L
  start <- proc.time()[["elapsed"]]
  for (i in seq_len(n)) {
    f <- tryCatch(suppressWarnings(as.numeric(fun(series[[i]], h))),
                  error = function(e) NULL)
    if (is.null(f) || length(f) < h || any(!is.finite(f[seq_len(h)]))) {
      failures <- failures + 1L
    } else {
      values[i, ] <- f[seq_len(h)]
    }
  }
  seconds <- proc.time()[["elapsed"]] - start
  ok <- which(!is.na(values[, 1]))
  rows <- data.frame(series_id = rep(names(series)[ok], each = h),
                     h = rep(seq_len(h), times = length(ok)),
                     forecast = as.vector(t(values[ok, , drop = FALSE])))
  write.csv(rows, file.path(out_dir, sprintf("forecasts_%s_%s.csv", method, subset)),
            row.names = FALSE, quote = FALSE)
  cat(sprintf("%s,%s,%d,%d,%.3f\n", method, subset, n, failures, seconds),
      file = file.path(out_dir, "timings.csv"), append = TRUE)
  message(sprintf("R %s %s: %d series, %d failures, %.2f s", method, subset, n, failures,
                  seconds))
}

# Source this file from a script in the same folder.
start_timings <- function(out_dir) {
  cat("method,subset,series,failures,seconds\n", file = file.path(out_dir, "timings.csv"))
}
