#!/usr/bin/env bash
# ./test.sh: install what is missing, build the test configuration (warnings are errors) and run
# every test with ctest, then build the DEB package and check it. GUI tests run offscreen.
# Benchmarks are built but not run here (tests/bench, see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")"

bash cmake/install-deps.sh --tests
cmake --preset test >/dev/null
cmake --build --preset test -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset test -j "$(nproc)" --label-exclude bench "$@"
# The DEB from the same build tree, unpacked into a scratch root, its stockshift-cli run
# (packaging/check-package.sh; skipped where there are no Debian tools).
bash packaging/check-package.sh build-test
