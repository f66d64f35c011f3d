#!/usr/bin/env bash
# Installs the Debian packages named on the command line that this machine lacks, with apt-get.
# The one copy of this step: `.ci/run` asks for chromium, firefox-esr and openssl (the tests), and
# `npm run demo` for chromium when it finds no browser (scripts/browser/ensure-chrome.ts).
# Exit 0 when every package is present afterwards; 1 when apt-get failed; 3 when this machine
# cannot install them (not Debian or Ubuntu, or not root), with one line on stderr saying so.
set -uo pipefail

present() {
  case "$1" in
    chromium) [ -x /usr/bin/chromium ] ;;
    firefox-esr) [ -x /usr/bin/firefox-esr ] ;;
    *) command -v "$1" >/dev/null ;;
  esac
}

missing=()
for package in "$@"; do
  present "$package" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null || [ ! -f /etc/debian_version ]; then
  echo "cannot install ${missing[*]}: this is not a Debian or Ubuntu machine; install them with your system's package manager" >&2
  exit 3
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "cannot install ${missing[*]}: apt-get needs root; run: sudo apt-get install ${missing[*]}" >&2
  exit 3
fi

echo "== installing ${missing[*]} from Debian"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
  echo "apt-get install ${missing[*]} failed" >&2
  exit 1
fi
