#!/usr/bin/env bash
# StaticPlans vs Hugo on a generated corpus of Chinese education plans. See bench/README.md.
#   bash bench/run.sh            # N = 1000 and 10000
#   bash bench/run.sh 20000      # any list of sizes
# Environment: BENCH_RUNS (cold builds per tool and size, default 3), BENCH_EDITS (serve edits, default 3),
# BENCH_HUGO_SERVE=0 skips the reference edit through `hugo server`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/out"
RUNS=${BENCH_RUNS:-3}
EDITS=${BENCH_EDITS:-3}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000)
mkdir -p "$OUT"

log() { printf '%s\n' "$*" >&2; }

# Outputs of earlier runs are moved aside, not deleted, until every figure is taken: on this kind of VM (ext4 mounted
# with discard) deleting a 20,000-file site slows the writes of the next half minute, which then lands on whichever
# tool runs next (measured: a 10,000-plan build's system time 3 s after a fresh folder, 13-23 s after an rm -rf).
TRASH="$OUT/trash"
retire() { if [ -e "$1" ]; then mkdir -p "$TRASH"; mv "$1" "$TRASH/$(basename "$1").$(date +%s%N)"; fi; }

# --- tools -------------------------------------------------------------------------------------------------
need_apt() { # package, probe command
  if ! eval "$2" >/dev/null 2>&1; then
    log "installing $1 (apt)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  fi
}
need_apt time "test -x /usr/bin/time"
need_apt hugo "command -v hugo"
need_apt curl "command -v curl"

log "building corpus generator and StaticPlans CLI (Release)"
dotnet build "$ROOT/bench/CorpusGenerator/CorpusGenerator.csproj" -c Release -o "$OUT/bin/generator" -nologo -v q >"$OUT/build-generator.log" 2>&1 \
  || { cat "$OUT/build-generator.log"; exit 1; }
GENERATOR="$OUT/bin/generator/CorpusGenerator.dll"
# ReadyToRun (precompiled) as a bureau would install it: start-up JIT would otherwise be a large share of small builds.
dotnet publish "$ROOT/src/StaticPlans.Cli/StaticPlans.Cli.csproj" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$OUT/bin/cli" -nologo -v q >"$OUT/build-cli.log" 2>&1 \
  || { cat "$OUT/build-cli.log"; exit 1; }
CLI="$OUT/bin/cli/StaticPlans.Cli.dll"

CLI_HELP=$(dotnet "$CLI" --help 2>&1 || true)
has_command() { grep -qE "^\s+$1(\s|,|$)" <<<"$CLI_HELP"; }
HAVE_BUILD=no; has_command build && HAVE_BUILD=yes
HAVE_SERVE=no; has_command serve && HAVE_SERVE=yes
HUGO_VERSION=$(hugo version | awk '{print $2}')

# --- helpers -----------------------------------------------------------------------------------------------
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

median() { # numbers as arguments
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'
}

# Runs a command under /usr/bin/time -v; sets WALL (s), CPU (user+sys, s), RSS (MiB). Output goes to $2.
measure() {
  local log=$1; shift
  local tv; tv=$(mktemp)
  local start end status=0
  start=$(date +%s%N)
  /usr/bin/time -v -o "$tv" "$@" >"$log" 2>&1 || status=$?
  end=$(date +%s%N)
  WALL=$(awk -v d=$(( end - start )) 'BEGIN {printf "%.3f", d/1e9}')
  CPU=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tv")
  RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tv")
  rm -f "$tv"
  return $status
}

count_html() { find "$1" -name '*.html' -type f 2>/dev/null | wc -l; }

corpus_for() { # N -> prints corpus dir, generating it when missing or stale
  local n=$1 dir="$OUT/corpus-$1"
  local stamp; stamp=$(cat "$ROOT"/bench/CorpusGenerator/*.cs "$ROOT"/bench/CorpusGenerator/*.csproj | sha1sum | cut -c1-16)-$n
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "generating corpus of $n plans"
    dotnet "$GENERATOR" --count "$n" --out "$dir" >&2
    echo "$stamp" >"$dir/.stamp"
  fi
  echo "$dir"
}


# Other work on the machine skews wall times (CPU time much less so): record how busy it was.
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

# --- benchmark ---------------------------------------------------------------------------------------------
TABLE="$OUT/table.txt"
: >"$TABLE"
row() { printf '%-7s %-20s %9s %9s %10s %8s %8s %8s\n' "$@" | tee -a "$TABLE"; }
EXTRA=()

for N in "${SIZES[@]}"; do
  CORPUS=$(corpus_for "$N")
  MD_BYTES=$(find "$CORPUS/content" -name '*.md' -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  SP_OUT="$OUT/site-sp-$N"; HUGO_OUT="$OUT/site-hugo-$N"
  sp_wall=(); sp_cpu=(); sp_rss=(); hugo_wall=(); hugo_cpu=(); hugo_rss=()
  sp_pages=n/a; hugo_pages=n/a; sp_failed=no

  for run in $(seq 1 "$RUNS"); do
    # Cold builds, alternating tools so that neither profits from a warmer machine.
    if [ "$HAVE_BUILD" = yes ] && [ "$sp_failed" = no ]; then
      retire "$SP_OUT"
      log "N=$N run $run/$RUNS: StaticPlans"
      if measure "$OUT/sp-$N-$run.log" dotnet "$CLI" build --source "$CORPUS" --output "$SP_OUT" --verbose; then
        sp_wall+=("$WALL"); sp_cpu+=("$CPU"); sp_rss+=("$RSS"); sp_pages=$(count_html "$SP_OUT")
      else
        sp_failed=yes
        log "StaticPlans build failed at N=$N (last lines of $OUT/sp-$N-$run.log):"; tail -n 15 "$OUT/sp-$N-$run.log" >&2
      fi
    fi
    retire "$HUGO_OUT"
    log "N=$N run $run/$RUNS: Hugo"
    measure "$OUT/hugo-$N-$run.log" hugo --source "$ROOT/bench/hugo" --contentDir "$CORPUS/content" --destination "$HUGO_OUT" --quiet \
      || { log "Hugo failed:"; tail -n 15 "$OUT/hugo-$N-$run.log" >&2; exit 1; }
    hugo_wall+=("$WALL"); hugo_cpu+=("$CPU"); hugo_rss+=("$RSS"); hugo_pages=$(count_html "$HUGO_OUT")
  done

  if [ "$N" = "${SIZES[0]}" ]; then
    echo >&2
    echo "Corpus: bench/CorpusGenerator (seed 20260101). Hugo $HUGO_VERSION. $(nproc) cores, load average at start: $LOAD_AT_START. Medians of $RUNS cold builds." | tee -a "$TABLE"
    row "plans" "tool" "wall_s" "cpu_s" "peak_MiB" "pages" "ms/plan" "cpu_ms/plan"
  fi
  mib=$(awk -v b="$MD_BYTES" 'BEGIN {printf "%.1f", b/1048576}')
  h_wall=$(median "${hugo_wall[@]}"); h_cpu=$(median "${hugo_cpu[@]}"); h_rss=$(printf %.0f "$(median "${hugo_rss[@]}")")
  per_plan() { awk -v w="$1" -v n="$N" 'BEGIN {printf "%.3f", w*1000/n}'; }
  if [ ${#sp_wall[@]} -gt 0 ]; then
    s_wall=$(median "${sp_wall[@]}"); s_cpu=$(median "${sp_cpu[@]}"); s_rss=$(printf %.0f "$(median "${sp_rss[@]}")")
    row "$N" "StaticPlans" "$s_wall" "$s_cpu" "$s_rss" "$sp_pages" "$(per_plan "$s_wall")" "$(per_plan "$s_cpu")"
  else
    why="n/a"; [ "$sp_failed" = yes ] && why="failed"
    row "$N" "StaticPlans" "$why" "$why" "$why" "$why" "$why" "$why"
  fi
  row "$N" "Hugo" "$h_wall" "$h_cpu" "$h_rss" "$hugo_pages" "$(per_plan "$h_wall")" "$(per_plan "$h_cpu")"
  if [ ${#sp_wall[@]} -gt 0 ]; then
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
    row "$N" "ratio SP/Hugo" "$(ratio "$s_wall" "$h_wall")" "$(ratio "$s_cpu" "$h_cpu")" "$(ratio "$s_rss" "$h_rss")" "" "" ""
  else
    row "$N" "ratio SP/Hugo" "n/a" "n/a" "n/a" "" "" ""
  fi
  EXTRA+=("" "== N=$N: corpus $N plans, $mib MiB of Markdown ($CORPUS)")
  # What each build publishes (the last cold build's output): the whole site, and the open data against the Markdown.
  if [ -d "$SP_OUT" ]; then
    sp_bytes=$(du -sb "$SP_OUT" | cut -f1); data_bytes=$(du -sb "$SP_OUT/data" 2>/dev/null | cut -f1 || echo 0)
    EXTRA+=("$(awk -v s="$sp_bytes" -v d="$data_bytes" -v m="$MD_BYTES" -v h="$(du -sb "$HUGO_OUT" | cut -f1)" \
      'BEGIN {printf "Output: StaticPlans %.1f MiB (data/ %.1f MiB = %.2fx the Markdown), Hugo %.1f MiB", s/1048576, d/1048576, d/m, h/1048576}')")
  fi

  # StaticPlans' own stage timings (lines such as "stage load 123 ms" from build --verbose), median over runs.
  if [ ${#sp_wall[@]} -gt 0 ]; then
    stages=$(cat "$OUT"/sp-"$N"-[0-9]*.log | grep -oiE 'stage[: ]+[A-Za-z][A-Za-z _-]*[: ]+[0-9.]+ ?ms' || true)
    if [ -n "$stages" ]; then
      EXTRA+=("StaticPlans stage timings (median of ${#sp_wall[@]} runs, from build --verbose):")
      while read -r name; do
        values=$(grep -iE "stage[: ]+$name[: ]+[0-9.]" <<<"$stages" | grep -oE '[0-9.]+ ?ms$' | tr -d ' ms')
        # shellcheck disable=SC2086
        EXTRA+=("$(printf '  %-16s %8.0f ms' "$name" "$(median $values)")")
      done < <(sed -E 's/^[Ss]tage[: ]+//; s/[: ]+[0-9.]+ ?ms$//' <<<"$stages" | awk '!seen[$0]++')
    else
      EXTRA+=("StaticPlans stage timings: not available yet (build --verbose printed no 'stage <name> <n> ms' lines); its output:")
      while IFS= read -r line; do EXTRA+=("  | $line"); done < <(tail -n 12 "$OUT/sp-$N-$RUNS.log")
    fi

    # No-op rebuild: same source, same output folder, nothing changed.
    if measure "$OUT/sp-$N-noop.log" dotnet "$CLI" build --source "$CORPUS" --output "$SP_OUT" --verbose; then
      EXTRA+=("$(printf 'No-op rebuild (nothing changed): %.3f s wall, %s s CPU, %s MiB peak = %s%% of the cold build' \
        "$WALL" "$CPU" "$RSS" "$(awk -v a="$WALL" -v b="$s_wall" 'BEGIN {printf "%.0f", 100*a/b}')")")
    else
      EXTRA+=("No-op rebuild: failed (see $OUT/sp-$N-noop.log)")
    fi
  else
    EXTRA+=("StaticPlans stage timings: not available yet (no build command)" "No-op rebuild: not available yet (no build command)")
  fi

  # One-plan edit through serve: from the file's save to the new text being served.
  if [ "$HAVE_SERVE" = yes ] && [ ${#sp_wall[@]} -gt 0 ]; then
    EXTRA+=("$(bash "$ROOT/bench/serve-edit.sh" staticplans "$CLI" "$CORPUS" "$OUT/serve-sp-$N" "$EDITS" 2>>"$OUT/serve-sp-$N.log" \
      || echo "Serve edit: failed (see $OUT/serve-sp-$N.log)")")
  else
    EXTRA+=("Serve edit: not available yet (no serve command)")
  fi
  if [ "${BENCH_HUGO_SERVE:-1}" = 1 ]; then
    EXTRA+=("$(bash "$ROOT/bench/serve-edit.sh" hugo "$ROOT/bench/hugo" "$CORPUS" "$OUT/serve-hugo-$N" "$EDITS" 2>>"$OUT/serve-hugo-$N.log" \
      || echo "Hugo server edit: failed (see $OUT/serve-hugo-$N.log)")")
  fi
done

for line in "${EXTRA[@]}"; do echo "$line"; done | tee -a "$TABLE"
echo "(table saved to ${TABLE#"$ROOT"/})"
rm -rf "$TRASH"
