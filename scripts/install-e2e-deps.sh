#!/bin/sh
# Installs the system programs the end-to-end suite (`npm run test:e2e`) drives: LibreOffice (docx → PDF),
# poppler (pdftotext, pdftoppm, pdffonts), fonts with full Vietnamese coverage, and Chromium (HTML checks).
# Idempotent and non-interactive; runs as root directly, otherwise through sudo. Debian/Ubuntu only.
set -eu

PACKAGES="libreoffice-writer-nogui poppler-utils fonts-noto-core fonts-liberation2 chromium"

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $package"
    fi
done
if [ -z "$missing" ]; then
    echo "install-e2e-deps: all present ($PACKAGES)"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-e2e-deps: need root or sudo to install:$missing" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-e2e-deps: apt-get not found; install these Debian packages or their equivalents by hand:$missing" >&2
    exit 1
fi

echo "install-e2e-deps: installing$missing"
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086 # the package list is meant to split into words
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
echo "install-e2e-deps: done"
