#!/bin/sh
# Generates the documents of every example (each folder of examples/ with a kts.config.json) into
# out/<example>/: the Word and HTML framework documents, and every diagram as SVG and PNG in
# out/<example>/diagrams/. Run through `npm run examples`, after the build.
set -eu
cd "$(dirname "$0")/.."

found=0
for folder in examples/*/; do
    example=$(basename "$folder")
    [ -f "$folder/kts.config.json" ] || continue
    found=1
    kts generate "$folder" --format docx,html --out "out/$example"
    kts diagram "$folder" --view all --format svg,png --out "out/$example/diagrams"
done
if [ "$found" -eq 0 ]; then
    echo "generate-examples: no example folder (with kts.config.json) under examples/" >&2
    exit 1
fi
