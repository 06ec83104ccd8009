#!/bin/sh
# Usage: apt-install-missing.sh <label> <debian package>...
# Installs those of the packages that are not installed yet. Idempotent and non-interactive; runs as root directly,
# otherwise through sudo. Debian/Ubuntu only. Shared by the e2e install scripts.
set -eu

label=$1
shift

missing=""
for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $package"
    fi
done
if [ -z "$missing" ]; then
    echo "$label: Debian packages present ($*)"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "$label: need root or sudo to install:$missing" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "$label: apt-get not found; install these Debian packages or their equivalents by hand:$missing" >&2
    exit 1
fi

echo "$label: installing$missing"
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086 # the package list is meant to split into words
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
echo "$label: done"
