#!/bin/sh
# Installs the system programs the end-to-end suite (`npm run test:e2e`) drives: LibreOffice (docx → PDF),
# poppler (pdftotext, pdftoppm, pdffonts), fonts with full Vietnamese coverage, and Chromium (HTML checks).
# Idempotent and non-interactive; runs as root directly, otherwise through sudo. Debian/Ubuntu only.
set -eu

PACKAGES="libreoffice-writer-nogui poppler-utils fonts-noto-core fonts-liberation2 chromium"

# shellcheck disable=SC2086 # the package list is meant to split into words
sh "$(dirname "$0")/apt-install-missing.sh" install-e2e-deps $PACKAGES
