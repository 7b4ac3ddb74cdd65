# R peer of bench_carparts: forecasts the car-parts series (monthly intermittent demand) with R's
# forecast package (default: croston, ets, thetaf, auto.arima).
#
#   Rscript forecast_carparts.R --data ../shared/data/carparts --out DIR
#                               [--methods croston,ets,...] [--train 45] [--horizon 6] [--limit N]
#
# Reads carparts_wide.csv (a row a month, a column a part, NA = missing) and applies the same
# training protocol as bench_carparts: the first --train months are the training window, leading
# NAs are dropped, a part with an NA left in its window or without a non-zero value in it is not
# forecast. (The test window is bench_carparts' business: it scores only the parts it includes.)
# Training series are ts with frequency 12. Outputs: see common.R.
local({
  a <- commandArgs(trailingOnly = FALSE)
  here <- dirname(normalizePath(sub("^--file=", "", a[grep("^--file=", a)][1])))
  source(file.path(here, "common.R"))
})

args <- bench_args(list(data = "../shared/data/carparts", out = ".",
                        methods = "croston,ets,thetaf,auto.arima", train = "45", horizon = "6",
                        limit = "0"))
n_train <- as.integer(args$train)

wide <- read.csv(file.path(args$data, "carparts_wide.csv"), check.names = FALSE,
                 stringsAsFactors = FALSE, na.strings = c("", "NA"))
parts <- names(wide)[-1]
if (args$limit > 0) parts <- head(parts, args$limit)
series <- list()
for (part in parts) {
  v <- as.numeric(wide[[part]][seq_len(n_train)])
  first <- which(!is.na(v))
  if (length(first) == 0) next
  v <- v[first[1]:n_train]
  if (anyNA(v) || !any(v > 0)) next
  series[[part]] <- ts(v, frequency = 12)
}

write_info(args$out)
start_timings(args$out)
for (method in args$methods) {
  run_peer_method(method, "Carparts", series, as.integer(args$horizon), args$out)
}
