# R peer of bench_m3: forecasts the M3 series with R's forecast package (ets, auto.arima, thetaf).
#
#   Rscript forecast_m3.R --data ../shared/data/m3 --out DIR [--methods ets,auto.arima,thetaf]
#                         [--limit N]
#
# Reads M3_<Subset>-train.csv (one row a series, id then values, trailing empty cells), the
# first N rows of each subset with --limit, as ts with frequency 1 (yearly, other), 4 (quarterly)
# or 12 (monthly), and forecasts the official horizons 6, 8, 18, 8. Outputs: see common.R.
local({
  a <- commandArgs(trailingOnly = FALSE)
  here <- dirname(normalizePath(sub("^--file=", "", a[grep("^--file=", a)][1])))
  source(file.path(here, "common.R"))
})

args <- bench_args(list(data = "../shared/data/m3", out = ".", methods = "ets,auto.arima,thetaf",
                        limit = "0"))

read_m3 <- function(path, frequency, limit) {
  lines <- trimws(readLines(path))
  lines <- lines[nzchar(lines)]
  if (limit > 0) lines <- head(lines, limit)
  cells <- strsplit(lines, ",", fixed = TRUE)
  series <- lapply(cells, function(x) {
    v <- x[-1]
    ts(as.numeric(v[nzchar(v)]), frequency = frequency)
  })
  names(series) <- vapply(cells, function(x) x[1], "")
  series
}

subsets <- list(list(name = "Yearly", frequency = 1, h = 6),
                list(name = "Quarterly", frequency = 4, h = 8),
                list(name = "Monthly", frequency = 12, h = 18),
                list(name = "Other", frequency = 1, h = 8))

write_info(args$out)
start_timings(args$out)
data <- lapply(subsets, function(s)
  read_m3(file.path(args$data, sprintf("M3_%s-train.csv", s$name)), s$frequency, args$limit))
for (method in args$methods) {
  for (i in seq_along(subsets)) {
    run_peer_method(method, subsets[[i]]$name, data[[i]], subsets[[i]]$h, args$out)
  }
}
