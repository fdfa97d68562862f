#!/usr/bin/env bash
# The sample site (content/, a couple of dozen plans) as a whole process, in each form a user installs, against Hugo
# building a generated site of the same number of plans in the same run. See bench/README.md ("Start-up").
#   bash bench/startup.sh               # makes the artefacts with scripts/publish.sh (linux-x64 only), then measures
#   bash bench/startup.sh ARTIFACTS     # measures artefacts scripts/publish.sh already made in ARTIFACTS
# Environment: BENCH_RUNS (runs per form and case, default 7).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/out/startup"
RUNS=${BENCH_RUNS:-7}
log() { printf '%s\n' "$*" >&2; }

for tool in time hugo; do
  probe="command -v $tool"; [ "$tool" = time ] && probe="test -x /usr/bin/time"
  if ! eval "$probe" >/dev/null 2>&1; then
    log "installing $tool (apt)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
  fi
done

mkdir -p "$OUT"
ART=${1:-}
if [ -z "$ART" ]; then
  ART="$OUT/artifacts"
  log "making the artefacts (scripts/publish.sh, linux-x64)"
  PUBLISH_RIDS=linux-x64 bash "$ROOT/scripts/publish.sh" "$ART" >"$OUT/publish.log" 2>&1 || { cat "$OUT/publish.log" >&2; exit 1; }
fi
ART=$(realpath "$ART")

# The forms, as a user installs them. Each is "name|command…".
FORMS=()
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$ROOT/Directory.Build.props" | head -1)
if [ -s "$ART/nuget/StaticPlans.Cli.$version.nupkg" ]; then
  rm -rf "$OUT/tool" "$OUT/tool-any" "$OUT/nuget-cache"
  # As `dotnet tool install` puts it: on linux-x64 it picks the precompiled linux-x64 package. Its own package cache,
  # so an older build of the same version is not taken instead.
  NUGET_PACKAGES="$OUT/nuget-cache" dotnet tool install --tool-path "$OUT/tool" StaticPlans.Cli --add-source "$ART/nuget" \
    --version "$version" >"$OUT/tool-install.log" 2>&1 || { cat "$OUT/tool-install.log" >&2; exit 1; }
  picked=$(cd "$OUT/tool/.store/staticplans.cli/$version" && ls -d staticplans.cli.* 2>/dev/null | head -1 || true)
  # Which kind it is: the native (Native AOT) package has no assemblies beside its executable.
  kind=ReadyToRun
  [ -n "$picked" ] && [ -z "$(find "$OUT/tool/.store/staticplans.cli/$version/$picked" -name 'StaticPlans.Cli.dll' | head -1)" ] && kind=native
  FORMS+=("tool package (${picked:-staticplans.cli}, $kind)|$OUT/tool/staticplans")
  # The portable package ("any"), which a platform without its own package gets: the tool run by the dotnet host.
  any="$ART/nuget/StaticPlans.Cli.any.$version.nupkg"
  if [ -s "$any" ]; then
    mkdir -p "$OUT/tool-any" && unzip -q -o "$any" 'tools/*' -d "$OUT/tool-any"
    FORMS+=("tool package (staticplans.cli.any)|dotnet $(ls "$OUT"/tool-any/tools/*/any/StaticPlans.Cli.dll)")
  fi
fi
[ -x "$ART/linux-x64/staticplans" ] && FORMS+=("single file linux-x64|$ART/linux-x64/staticplans")
[ -x "$ART/linux-x64-aot/staticplans" ] && FORMS+=("native AOT linux-x64|$ART/linux-x64-aot/staticplans")

# Hugo on a site of the same number of plans, made by the bench's generator.
plans=$(find "$ROOT/content" -name '*.md' -type f | wc -l)
dotnet build "$ROOT/bench/CorpusGenerator/CorpusGenerator.csproj" -c Release -o "$OUT/generator" -nologo -v q >"$OUT/generator.log" 2>&1 \
  || { cat "$OUT/generator.log" >&2; exit 1; }
rm -rf "$OUT/corpus"
dotnet "$OUT/generator/CorpusGenerator.dll" --count "$plans" --out "$OUT/corpus" >/dev/null

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
measure() { # command… ; sets WALL and CPU (user+sys) in seconds
  local tv; tv=$(mktemp)
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$tv" "$@" >"$OUT/last.log" 2>&1 || { cat "$OUT/last.log" >&2; rm -f "$tv"; return 1; }
  end=$(date +%s%N)
  WALL=$(awk -v d=$(( end - start )) 'BEGIN {printf "%.3f", d/1e9}')
  CPU=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tv")
  rm -f "$tv"
}

declare -A COLD_W COLD_C NOOP_W NOOP_C
hugo_w=(); hugo_c=()
# Round-robin: every form and Hugo run once per round, so load changes on the machine hit them alike.
for ((run = 1; run <= RUNS; run++)); do
  for form in "${FORMS[@]}"; do
    name=${form%%|*}; read -r -a cmd <<<"${form#*|}"
    site="$OUT/site"
    rm -rf "$site"
    measure "${cmd[@]}" build -s "$ROOT" -o "$site"; COLD_W[$name]+="$WALL "; COLD_C[$name]+="$CPU "
    measure "${cmd[@]}" build -s "$ROOT" -o "$site"; NOOP_W[$name]+="$WALL "; NOOP_C[$name]+="$CPU "
  done
  rm -rf "$OUT/site-hugo"
  measure hugo --source "$ROOT/bench/hugo" --contentDir "$OUT/corpus/content" --destination "$OUT/site-hugo" --quiet
  hugo_w+=("$WALL"); hugo_c+=("$CPU")
done

h_w=$(median "${hugo_w[@]}"); h_c=$(median "${hugo_c[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a/b; else print "n/a"}'; }
echo "Sample site ($plans Markdown files) as a whole process; Hugo $(hugo version | awk '{print $2}') on a generated site of $plans plans. $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg). Medians of $RUNS runs, seconds."
printf '%-52s %8s %8s %8s %8s %10s %10s\n' form cold_s cold_cpu noop_s noop_cpu wall/Hugo cpu/Hugo
for form in "${FORMS[@]}"; do
  name=${form%%|*}
  # shellcheck disable=SC2086
  cw=$(median ${COLD_W[$name]}); cc=$(median ${COLD_C[$name]}); nw=$(median ${NOOP_W[$name]}); nc=$(median ${NOOP_C[$name]})
  printf '%-52s %8s %8s %8s %8s %10s %10s\n' "$name" "$cw" "$cc" "$nw" "$nc" "$(ratio "$cw" "$h_w")" "$(ratio "$cc" "$h_c")"
done
printf '%-52s %8s %8s %8s %8s %10s %10s\n' "Hugo (same number of plans)" "$h_w" "$h_c" "-" "-" "1.00" "1.00"
