#!/usr/bin/env bash
# Packs the library as npm would publish it into .pack/envoy-elements.tgz (a fixed name, for examples/), after a build.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .pack && mkdir .pack
npm pack --silent --pack-destination .pack >/dev/null
mv .pack/envoy-elements-*.tgz .pack/envoy-elements.tgz
