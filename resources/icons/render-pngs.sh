#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Renders the PNG sizes of the application icon from loopview.svg with ImageMagick.
# ImageMagick's built-in SVG renderer ignores gradients, so the gradient square is drawn by
# ImageMagick itself and only the white glyph is taken from the SVG (its background rect removed).
# Run from this directory after editing loopview.svg: sh render-pngs.sh
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v 'fill="url(#background)"' loopview.svg > "$tmp/glyph.svg"
convert -background none -density 384 "$tmp/glyph.svg" -resize 1024x1024 "$tmp/glyph.png"
convert -size 1024x1024 -define gradient:direction=SouthEast 'gradient:#2f5bff-#13b3cc' "$tmp/gradient.png"
convert -size 1024x1024 xc:none -fill white -draw 'roundrectangle 32,32 991,991 224,224' "$tmp/mask.png"
convert "$tmp/gradient.png" "$tmp/mask.png" -alpha off -compose CopyOpacity -composite "$tmp/square.png"
convert "$tmp/square.png" "$tmp/glyph.png" -compose Over -composite "$tmp/icon.png"
for size in 16 24 32 48 64 128 256; do
    convert "$tmp/icon.png" -filter Lanczos -resize "${size}x${size}" -depth 8 -define png:color-type=6 "loopview-$size.png"
done
