#!/usr/bin/env bash
# ./run.sh                 install what is missing, build (Release), create the demo network on
#                          first run and open the workstation on it
# ./run.sh --headless [--out DIR]
#                          run the whole planning cycle on the demo without a display and print
#                          where the outputs are
set -euo pipefail
cd "$(dirname "$0")"

headless=0
out="stockshift-out"
while (($#)); do
  case "$1" in
    --headless) headless=1 ;;
    --out) out="$2"; shift ;;
    --out=*) out="${1#--out=}" ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

bash cmake/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

if ((headless)); then
  exec ./build/app/stockshift-cli cycle --out "$out"
fi

# First run: the demo network goes into the user's database (QStandardPaths AppDataLocation).
./build/app/stockshift-cli demo --if-missing
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "$(uname -s)" == Linux ]]; then
  echo "run.sh: no display; starting under xvfb-run (use --headless for the CLI cycle)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" ./build/app/stockshift
fi
exec ./build/app/stockshift
