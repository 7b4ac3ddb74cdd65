#!/usr/bin/env bash
# Renders the application icon resources/icons/stockshift.svg into the files that are committed
# next to it, so that neither the build nor the packages need an SVG rasteriser (Qt Svg is not a
# dependency of Stockshift, and the build must work without network access):
#   resources/icons/png/stockshift-N.png  N = 16 24 32 48 64 128 256 512 (hicolor theme icons on
#                                         Linux, the window icon through app/icons.qrc)
#   resources/icons/stockshift.ico        Windows executable and NSIS installer icon (PNG entries)
#   resources/icons/stockshift.icns       macOS bundle icon (PNG entries)
# Run it after changing the SVG: needs rsvg-convert (apt-get install librsvg2-bin) and python3
# (standard library only).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v rsvg-convert >/dev/null 2>&1 \
  || { echo "render-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "render-icons: python3 is missing" >&2; exit 2; }

svg=resources/icons/stockshift.svg
out=resources/icons/png
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$out/stockshift-$size.png"
done
rsvg-convert --width 1024 --height 1024 --keep-aspect-ratio "$svg" -o "$tmp/stockshift-1024.png"

python3 - "$out" "$tmp" resources/icons <<'PY'
import struct, sys
from pathlib import Path

png_dir, tmp_dir, icon_dir = (Path(p) for p in sys.argv[1:4])

def png(size):
    for folder in (png_dir, tmp_dir):
        path = folder / f"stockshift-{size}.png"
        if path.exists():
            return path.read_bytes()
    raise SystemExit(f"render-icons: no {size} px rendering")

# ICO: a directory of PNG images (Windows Vista and later read PNG entries; 256 is written as 0).
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
offset = 6 + 16 * len(sizes)
header = struct.pack("<HHH", 0, 1, len(sizes))
entries = b""
for size, data in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
(icon_dir / "stockshift.ico").write_bytes(header + entries + b"".join(images))

# ICNS: big-endian type/length records holding PNG data (macOS 10.7 and later).
types = [("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic13", 256),
         ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
(icon_dir / "stockshift.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "render-icons: wrote $out/stockshift-{16..512}.png, resources/icons/stockshift.ico and .icns"
