#!/usr/bin/env bash
# packaging/check-package.sh [BUILD_DIR]   (default: build-test; ./test.sh runs it after ctest)
#
# Builds the DEB from an already built tree (cpack -G DEB, no second build), then checks it the
# way a user would meet it: control fields and dependencies, the exact file list (the two
# executables, desktop file, metainfo, icons; no tests or benchmarks), the desktop file and the
# AppStream metadata, and finally runs the installed executables from a scratch root
# (dpkg-deb -x): `stockshift-cli --version`, `stockshift --version` on the offscreen platform and
# a headless planning cycle on a 20-SKU demo. Fails with a message on any problem; skips (exit 0)
# where there are no Debian tools. Works as root and as a normal user.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build-test}
fails=0
say() { echo "check-package: $*"; }
fail() { echo "check-package: FAILED: $*" >&2; fails=$((fails + 1)); }
die() { echo "check-package: FAILED: $*" >&2; exit 1; }

for tool in dpkg-deb dpkg-shlibdeps dpkg-query; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    say "SKIPPED: $tool is missing (not a Debian/Ubuntu system, or dpkg-dev not installed); the DEB is not checked."
    exit 0
  fi
done
command -v cpack >/dev/null 2>&1 || die "cpack is missing"
[[ -f "$build/CPackConfig.cmake" ]] || die "$build/CPackConfig.cmake is missing: configure and build $build first"

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[[ -n "$version" ]] || die "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
app_id=io.stockshift.Stockshift

scratch=$(mktemp -d "${TMPDIR:-/tmp}/stockshift-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# --- build the package ----------------------------------------------------------------------
say "cpack -G DEB in $build (version $version)"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/pkg" >"$scratch/cpack.log" 2>&1; then
  tail -n 40 "$scratch/cpack.log" >&2
  die "cpack -G DEB failed (log above)"
fi
mapfile -t debs < <(find "$scratch/pkg" -maxdepth 1 -name '*.deb')
((${#debs[@]} == 1)) || die "expected one .deb from cpack, found ${#debs[@]}"
deb=${debs[0]}
say "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- control fields ---------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1" 2>/dev/null || true; }
[[ $(field Package) == stockshift ]] || fail "Package is '$(field Package)', expected stockshift"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] \
  || fail "Architecture is '$(field Architecture)', expected $(dpkg --print-architecture)"
[[ -n $(field Description) ]] || fail "no Description"
depends=$(field Depends)
say "Depends: $depends"
# The package names in Depends, without versions and alternatives' separators.
dep_names=" $(tr ',|' '\n' <<<"$depends" | sed 's/(.*)//; s/[[:space:]]//g' | grep -v '^$' | tr '\n' ' ')"
has_dep() { [[ $dep_names == *" $1 "* ]]; }
# Loaded at run time (dlopen), invisible to dpkg-shlibdeps: must be listed explicitly.
for p in libqt6sql6-sqlite qt6-qpa-plugins; do
  has_dep "$p" || fail "Depends lacks $p (Qt loads it as a plugin at run time)"
done

# --- contents: exactly the product ----------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$scratch/files"
expected=(/usr/bin/stockshift /usr/bin/stockshift-cli
  "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
  /usr/share/icons/hicolor/scalable/apps/stockshift.svg)
for size in 16 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/stockshift.png")
done
for f in "${expected[@]}"; do
  grep -qxF "$f" "$scratch/files" || fail "package lacks $f"
done
# Anything else must be a translation catalogue (packaging/CMakeLists.txt's hook); test programs,
# benchmarks, headers or static libraries in the package are errors.
unexpected=$(grep -vxF -f <(printf '%s\n' "${expected[@]}") "$scratch/files" \
  | grep -v '^/usr/share/stockshift/translations/[^/]*\.qm$' || true)
[[ -z $unexpected ]] || fail "unexpected files in the package: $(tr '\n' ' ' <<<"$unexpected")"

# --- unpack into a scratch root ---------------------------------------------------------------
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for exe in stockshift stockshift-cli; do
  [[ -x "$root/usr/bin/$exe" ]] || { fail "$exe is not executable in the package"; continue; }
  # Every library the executable links must come from a package it depends on: this is what
  # CPACK_DEBIAN_PACKAGE_SHLIBDEPS is for.
  while read -r soname path; do
    [[ $path == /* ]] || { fail "$exe needs $soname, which is not found on this system"; continue; }
    real=$(readlink -f "$path")
    owner=""
    for candidate in "$path" "$real" "${real#/usr}" "/usr${real}"; do
      owner=$(dpkg-query -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1) && [[ -n $owner ]] && break
    done
    if [[ -z $owner ]]; then
      fail "$exe needs $soname ($real), which no Debian package provides"
    elif ! has_dep "$owner"; then
      fail "$exe needs $soname from $owner, which is not in Depends"
    fi
  done < <(ldd "$root/usr/bin/$exe" | awk 'NR == FNR {if ($1 == "NEEDED") needed[$2] = 1; next}
                                             {name = $1; sub(/.*\//, "", name)}
                                             (name in needed) {print name, ($2 == "=>" ? $3 : $1)
                                                               delete needed[name]}
                                             END {for (l in needed) print l, "-"}' \
             <(objdump -p "$root/usr/bin/$exe") -)
done

# --- desktop file and AppStream metadata --------------------------------------------------------
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if [[ -f $desktop ]]; then
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
  else
    say "desktop-file-validate not installed (desktop-file-utils): desktop file not validated"
  fi
  exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
  [[ -x "$root/usr/bin/$exec_name" ]] || fail "the desktop file's Exec=$exec_name is not in /usr/bin"
  icon_name=$(sed -n 's/^Icon=//p' "$desktop")
  [[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon_name.svg" ]] \
    || fail "the desktop file's Icon=$icon_name has no icon in the package"
fi
if [[ -f $metainfo ]]; then
  if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$metainfo" >"$scratch/appstream.log" 2>&1 \
      || { cat "$scratch/appstream.log" >&2; fail "appstreamcli validate rejects the metainfo"; }
  else
    say "appstreamcli not installed (appstream): metainfo not validated"
  fi
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo's launchable is not $app_id.desktop"
  newest=$(grep -o '<release [^>]*version="[^"]*"' "$metainfo" | head -n1 | sed 's/.*version="\([^"]*\)"/\1/')
  [[ $newest == "$version" ]] \
    || fail "the metainfo's newest release is '$newest', the package's version $version (edit packaging/$app_id.metainfo.xml)"
fi

# --- run what was installed ---------------------------------------------------------------------
# Its own home and data folders, so that nothing of the user's is read or written.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
export XDG_CACHE_HOME="$scratch/home/cache" XDG_RUNTIME_DIR="$scratch/home/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cli="$root/usr/bin/stockshift-cli"
if out=$("$cli" --version 2>&1) && [[ $out == *"$version"* ]]; then
  say "installed stockshift-cli --version: $out"
else
  fail "installed stockshift-cli --version failed or does not say $version: $out"
fi
if out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/stockshift" --version 2>&1) \
  && [[ $out == *"$version"* ]]; then
  say "installed stockshift --version (offscreen): $out"
else
  fail "installed stockshift --version failed or does not say $version: $out"
fi

cycle_out="$scratch/cycle"
say "headless cycle with the installed stockshift-cli (20 SKUs)…"
start=$SECONDS
if timeout 600 "$cli" cycle --out "$cycle_out" --skus 20 --plan-time 5 >"$scratch/cycle.log" 2>&1; then
  say "cycle finished in $((SECONDS - start)) s"
  for f in forecasts.csv forecast-by-location.csv accuracy-by-location.csv health.csv policies.csv \
    plan-lines.csv plan-comparison.csv tiers.json tiers.csv info.json; do
    [[ -s "$cycle_out/$f" ]] || fail "the cycle wrote no $f"
  done
  [[ -n $(find "$cycle_out/exports" -name '*.pdf' -size +0 2>/dev/null | head -n1) ]] \
    || fail "the cycle exported no PDF document (fonts or Qt Gui missing?)"
  [[ $(wc -l <"$cycle_out/forecasts.csv") -gt 1 ]] || fail "forecasts.csv has no rows"
else
  rc=$?
  tail -n 30 "$scratch/cycle.log" >&2
  fail "the installed stockshift-cli cycle exited with $rc (log above)"
fi

if ((fails)); then
  die "$fails problem(s) with $(basename "$deb")"
fi
say "OK: $(basename "$deb") installs the product only, depends on the SQLite driver and the platform plugins, and its stockshift-cli runs the cycle"
