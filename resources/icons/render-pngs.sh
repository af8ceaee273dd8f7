#!/bin/sh
# Renders the app icon's PNG sizes from the SVG. The PNGs are committed, so building and
# packaging need no SVG renderer; run this (it needs rsvg-convert, from librsvg2-bin) after
# changing the SVG, and commit the result.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" io.github.callwatch.CallWatch.svg \
        --output "${size}x${size}/io.github.callwatch.CallWatch.png"
done
