#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for tests/StaticPlans.BrowserTests.
# Installs it with apt-get when it is missing and apt-get is usable; never runs `playwright install`.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "chromium is missing and apt-get is not available: install Chromium at /usr/bin/chromium" >&2
  exit 1
fi
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then sudo_cmd=(sudo); else echo "run as root to install chromium" >&2; exit 1; fi
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium
test -x /usr/bin/chromium
