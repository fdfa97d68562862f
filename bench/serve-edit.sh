#!/usr/bin/env bash
# Measures one-plan edits through a live server: time from the Markdown file's save to the edited text being served.
#   bash bench/serve-edit.sh staticplans <StaticPlans.Cli.dll> <corpus dir> <work dir> [edits]
#   bash bench/serve-edit.sh hugo <bench/hugo dir> <corpus dir> <work dir> [edits]     (reference: hugo server)
# Prints one summary line on stdout; progress and the server's own output go to stderr / the work dir.
set -euo pipefail

TOOL=$1 PROGRAM=$2 CORPUS=$3 WORK=$4 EDITS=${5:-3}

# Edit a copy, so the cached corpus stays as generated.
rm -rf "$WORK"
mkdir -p "$WORK"
cp -r "$CORPUS/site.yml" "$CORPUS/content" "$WORK/"

PORT=
for p in $(seq 18300 18999); do
  ss -ltnH "sport = :$p" | grep -q . || { PORT=$p; break; }
done
[ -n "$PORT" ] || { echo "$TOOL edit: no free port"; exit 1; }

if [ "$TOOL" = hugo ]; then
  LABEL="Hugo server edit"
  hugo server --source "$PROGRAM" --contentDir "$WORK/content" --port "$PORT" --bind 127.0.0.1 \
    --disableLiveReload >"$WORK/serve.log" 2>&1 &
else
  LABEL="Serve edit"
  HELP=$(dotnet "$PROGRAM" serve --help 2>&1 || true)
  ARGS=(serve --source "$WORK")
  grep -q -- '--port' <<<"$HELP" && ARGS+=(--port "$PORT")
  grep -q -- '--host' <<<"$HELP" && ARGS+=(--host 127.0.0.1)
  dotnet "$PROGRAM" "${ARGS[@]}" >"$WORK/serve.log" 2>&1 &
fi
SERVE_PID=$!
trap 'kill "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true' EXIT

# (sed, not head: head would close the pipe early and pipefail would end the script.)
PLAN=$(find "$WORK/content/plans/2020" -name '*.md' | sort | sed -n 1p)
SLUG=$(basename "$PLAN" .md)
URL="http://127.0.0.1:$PORT/plans/2020/$SLUG/"

# Ready when the plan page is served (serve builds the whole site first).
start=$(date +%s)
until curl -sf -o /dev/null "$URL"; do
  if ! kill -0 "$SERVE_PID" 2>/dev/null; then
    echo "$LABEL: server exited before serving $URL; its output:" >&2; tail -n 20 "$WORK/serve.log" >&2
    echo "$LABEL: failed (server exited; see $WORK/serve.log)"; exit 0
  fi
  if [ $(( $(date +%s) - start )) -gt 300 ]; then echo "$LABEL: failed ($URL not served within 300 s)"; exit 0; fi
  sleep 0.2
done
ready_s=$(( $(date +%s) - start ))

times=()
for e in $(seq 1 "$EDITS"); do
  sleep 1
  marker="基准编辑第${e}次$(date +%s%N)"
  t0=$(date +%s%N)
  printf '\n本段为基准测试追加的内容：%s。\n' "$marker" >>"$PLAN"
  # The page is read whole before looking for the marker: `curl | grep -q` could fail on SIGPIPE under pipefail.
  until page=$(curl -sf "$URL" 2>/dev/null) && [[ $page == *"$marker"* ]]; do
    # Generous: a server that rebuilds everything on each save is slow but still measured, not called failed.
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 600 ]; then
      echo "$LABEL: failed (edit $e not visible at $URL within 600 s)"; exit 0
    fi
  done
  times+=($(( ($(date +%s%N) - t0) / 1000000 )))
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( ${#sorted[@]} / 2 ))]}
echo "$LABEL (one plan, save to served): median ${median} ms over ${EDITS} edits (${times[*]} ms; server ready after ~${ready_s} s; curl polling adds a few ms)"
