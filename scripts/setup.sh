#!/usr/bin/env bash
# Create .venv/ in the repository root and install Bastion into it.
#   scripts/setup.sh          runtime only (text)
#   scripts/setup.sh --media  plus images, audio and video (~480 MB; see docs/media.md)
#   scripts/setup.sh --dev    plus test and lint tools (media included, so CI tests it)
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
media=""
for arg in "$@"; do
  case "$arg" in
    --dev) extras="[dev]"; media=1 ;;
    --media) media=1 ;;
  esac
done
[[ -n "$media" && -z "$extras" ]] && extras="[media]"

# System tools of the media stack (OCR model, fpcalc; espeak-ng makes test speech),
# installed only where missing. Without them the media detectors report themselves
# missing and the surface's fail mode applies; nothing crashes.
if [[ -n "$media" ]]; then
  wanted=(tesseract-ocr tesseract-ocr-eng libchromaprint-tools)
  [[ "$extras" == "[dev]" ]] && wanted+=(espeak-ng)
  missing=()
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if (( ${#missing[@]} )); then
    sudo=""; [[ "$(id -u)" != 0 ]] && command -v sudo >/dev/null && sudo="sudo"
    if command -v apt-get >/dev/null; then
      echo "setup: installing ${missing[*]} with apt-get" >&2
      $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null ||
        echo "setup: could not install ${missing[*]}; media detectors that need them report missing" >&2
    else
      echo "setup: install ${missing[*]} with your package manager (no apt-get here)" >&2
    fi
  fi
fi

python=""
for candidate in python3.11 python3.12 python3.13 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$candidate; break
  fi
done
if [[ -z "$python" ]]; then
  echo "setup: Python 3.11+ is required; installing it with apt-get" >&2
  apt-get update -qq && apt-get install -y -qq python3 python3-venv >/dev/null
  python=python3
fi

if [[ ! -x .venv/bin/python ]]; then
  if ! "$python" -m venv .venv 2>/dev/null; then
    echo "setup: the venv module is missing; installing python3-venv with apt-get" >&2
    apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
    rm -rf .venv && "$python" -m venv .venv
  fi
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}" 2>&1 | grep -v '^WARNING: Location' || true
# The reviewer UI's browser tests drive Debian's chromium through Playwright (which then
# downloads no browser of its own).
if [[ -n "$extras" && ! -x /usr/bin/chromium ]]; then
  echo "setup: installing chromium (reviewer UI tests) with apt-get" >&2
  { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } ||
    echo "setup: could not install chromium; the reviewer UI browser tests will be skipped" >&2
fi
.venv/bin/bastion --version >/dev/null
echo "setup: ready - $(.venv/bin/bastion --version)" >&2
