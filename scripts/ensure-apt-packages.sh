#!/usr/bin/env bash
# Installs the Debian packages the project needs at run time and in tests, when missing.
# Kept in one list so a new machine gets the same set as a developer's.
set -euo pipefail
# ffmpeg/ffprobe: video assembly and media checks in tests.
# chromium: the web site's browser tests (playwright-core drives it).
packages=(ffmpeg chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
