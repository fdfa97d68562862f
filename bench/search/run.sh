#!/usr/bin/env bash
# Search benchmark, one command: bash bench/search/run.sh [N]   (default N = 10000 plans)
# Generates (or reuses) an N-plan corpus, builds it with StaticPlans, runs Pagefind (extended build, from npm,
# installed into bench/search/node_modules) over the same built HTML, then queries both engines from headless
# Chromium on 127.0.0.1 and prints the table. SEARCH_BENCH_CORPUS=<dir> uses an existing generated corpus.
# Prints figures; nothing fails on speed. Output goes to bench/out/search/ (git-ignored).
set -euo pipefail
n="${1:-10000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/bench/out/search"
mkdir -p "$out"

bash "$repo/scripts/ensure-chromium.sh"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }

corpus="${SEARCH_BENCH_CORPUS:-$out/corpus-$n}"
if [[ ! -f "$corpus/queries.json" ]]; then
  if [[ ! -d "$repo/bench/CorpusGenerator" ]]; then
    echo "no corpus: bench/CorpusGenerator is missing; set SEARCH_BENCH_CORPUS to a generated corpus" >&2
    exit 1
  fi
  dotnet run -c Release --project "$repo/bench/CorpusGenerator" -- --count "$n" --out "$corpus"
fi

echo "== StaticPlans build ($n plans)"
dotnet build -c Release "$repo/src/StaticPlans.Cli" -v q -nologo | grep -E "error|Warn" || true
site="$out/site-$n"
rm -rf "$site"
/usr/bin/time -v -o "$out/sp-time.txt" dotnet "$repo/src/StaticPlans.Cli/bin/Release/net10.0/StaticPlans.Cli.dll" \
  build --source "$corpus" --output "$site" --verbose | tee "$out/sp-build.txt"
grep -E "Elapsed|Maximum resident" "$out/sp-time.txt"

echo "== Pagefind over the same HTML"
# `npm install --no-save`, not `npm ci`: the lock lists only the linux binaries (the registry here serves no
# other platform's @pagefind package), and npm 11's `ci` refuses a lock without every optional platform package.
# package.json pins pagefind exactly and the lock's integrity hashes are still checked.
(cd "$here" && npm install --no-save --no-audit --no-fund --loglevel=error)
pagefind="$here/node_modules/@pagefind/linux-x64/bin/pagefind_extended"
[[ -x "$pagefind" ]] || pagefind="$here/node_modules/.bin/pagefind"
# Pagefind indexes what StaticPlans indexes: the plan's title and body. Without a root selector it would also
# index the navigation, table of contents, disclosure list, figures table and the "related" lists of other plans'
# titles under every section (more bytes, and hits on pages that only link to the phrase).
/usr/bin/time -v -o "$out/pf-time.txt" "$pagefind" --site "$site" --glob "plans/**/*.html" \
  --root-selector "article.plan" \
  --exclude-selectors ".disclosure, .counterparts, .toc, .related, .plan-figures, .plan-topics, .anchor" | tail -5
grep -E "Elapsed|Maximum resident" "$out/pf-time.txt"

echo "== Queries from headless Chromium on 127.0.0.1"
dotnet run -c Release --project "$here/SearchBench" -- "$site" "$corpus" 2> "$out/queries.log" | tee "$out/table.txt"
echo "(per-query figures: $out/queries.log)"
