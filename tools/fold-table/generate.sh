#!/usr/bin/env bash
# Generates src/StaticPlans/Text/FoldTable.g.cs, the traditional→simplified fold table.
#
# Source: the Unihan database's kSimplifiedVariant field, read from Debian's `unicode-data`
# package (/usr/share/unicode/Unihan_Variants.txt or .txt.bz2). Install it with
#   apt-get update && apt-get install -y unicode-data
#
# Rules (each one keeps folding a 1:1 char→char map over the BMP, so folding never changes
# string length and positions stay valid for highlighting):
#   - Only BMP source characters are kept; candidate targets outside the BMP are skipped.
#   - One-to-many: when a character lists itself among its simplified variants (乾 → 乾 干,
#     么, 了, 余 ...), simplified Chinese also uses that character as it is, so it is left
#     unchanged; folding it would merge unrelated words (乾坤 would become 干坤). Otherwise the
#     first BMP candidate is taken: Unihan lists the standard form first (餘 → 余 馀 gives 余).
#   - Chains are resolved (薴 → 苧 → 苎 gives 薴 → 苎).
# Output is sorted by code point, so the same input always gives byte-identical output.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/src/StaticPlans/Text/FoldTable.g.cs"
src=""
for candidate in /usr/share/unicode/Unihan_Variants.txt /usr/share/unicode/Unihan_Variants.txt.bz2; do
  if [[ -f "$candidate" ]]; then src="$candidate"; break; fi
done
if [[ -z "$src" ]]; then
  echo "Unihan_Variants.txt not found: apt-get install -y unicode-data" >&2
  exit 1
fi
version="$(dpkg-query -W -f='${Version}' unicode-data 2>/dev/null || echo unknown)"
if [[ "$src" == *.bz2 ]]; then reader=(bzcat "$src"); else reader=(cat "$src"); fi

"${reader[@]}" | python3 "$here/generate.py" "$version" > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out"
