#!/usr/bin/env bash
# The one test command (README and .ci/run): installs what the browser tests need when it is missing,
# runs every test project, and ends with a plain "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "test.sh: installing Debian's chromium for the browser tests"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  [ -x /usr/bin/chromium ] || echo "test.sh: chromium could not be installed; the browser tests will fail and say so" >&2
fi

# A Chinese font, so the browser tests lay out Chinese text as a reader's browser does (not as missing-glyph boxes).
if [ ! -d /usr/share/fonts/truetype/wqy ] && command -v apt-get >/dev/null 2>&1; then
  echo "test.sh: installing Debian's fonts-wqy-zenhei for the browser tests"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq >/dev/null && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei >/dev/null \
    || echo "test.sh: fonts-wqy-zenhei could not be installed; Chinese text is drawn without a Chinese font" >&2
fi

# Node runs the shipped search modules (themes/default/assets/search/) for the search tests: Node 18.19 or newer
# (Debian 12's nodejs is 18.20; tests/StaticPlans.Tests/Search/search-runner.mjs says what an older one lacks).
if ! command -v node >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "test.sh: installing Debian's nodejs for the search tests"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq >/dev/null && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs >/dev/null
fi
command -v node >/dev/null 2>&1 || echo "test.sh: node could not be installed; the search tests will fail and say so" >&2

# axe-core (npm) for the accessibility tests: loaded by the tests only, never part of a site.
AXE=tests/StaticPlans.BrowserTests/axe
if [ ! -f "$AXE/node_modules/axe-core/axe.min.js" ]; then
  if ! command -v npm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's npm for axe-core"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq >/dev/null && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
  fi
  (cd "$AXE" && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "test.sh: axe-core could not be installed; the accessibility tests will fail and say so" >&2
fi

log=$(mktemp)
dotnet test StaticPlans.sln -c Release --nologo 2>&1 | tee "$log"  # -a below: a fuzz test may print control bytes
status=${PIPESTATUS[0]}
sum() { grep -aoE "$1: +[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
rm -f "$log"

# One C# dialect (.editorconfig): code written in another fails the command, each place named with its rule.
# The fix is `dotnet format StaticPlans.sln`.
if ! dotnet format StaticPlans.sln --verify-no-changes --no-restore -v q; then
  echo "test.sh: code outside the dialect of .editorconfig (above); run: dotnet format StaticPlans.sln" >&2
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
