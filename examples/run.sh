#!/usr/bin/env bash
# The framework examples against the package as published: `npm run build` first, then this (CI runs it).
#  1. packs the library (npm pack: what `files` and `exports` ship) and installs the tarball into examples/;
#  2. type-checks each example with its own checker, skipLibCheck: false (tsc, vue-tsc, svelte-check, and ngc, which
#     also compiles the Angular example);
#  3. type-checks the deliberate mistakes in react/src/negative.tsx, vue/negative/, svelte/negative/,
#     angular/negative/ and expects each checker to FAIL with exactly those errors;
#  4. builds each example with Vite into <framework>/dist/, which test/examples.test.ts opens in Chromium.
set -euo pipefail
cd "$(dirname "$0")"
export NPM_CONFIG_AUDIT=false NPM_CONFIG_FUND=false NPM_CONFIG_UPDATE_NOTIFIER=false
t=$SECONDS
step() { printf -- '--- examples: %s (%ss)\n' "$1" "$((SECONDS - t))"; }

step 'npm pack, npm ci, install the tarball'
bash ../scripts/pack.sh
npm ci --silent
# Not in package.json: the lockfile would pin the tarball's hash, and npm ci would install a cached older copy.
npm install --silent --no-save ../.pack/envoy-elements.tgz

step 'type checks (must pass)'
npx tsc -p react/tsconfig.json
npx vue-tsc -p vue/tsconfig.json
npx svelte-check --workspace svelte --tsconfig ./tsconfig.json --fail-on-warnings --output human
npx ngc -p angular/tsconfig.json --pretty false

# The four mistakes every negative fixture makes, as each checker words them.
EXPECTED=(
  "Type '\"h24\"' is not assignable to type '\"h12\" | \"h23\" | undefined'"
  "Type 'string' is not assignable to type 'number'"
  "'heading' does not exist in type 'NewsItem'"
  "sinse"
)
# With CUSTOM_ELEMENTS_SCHEMA Angular checks no attribute or property of the tags, only their events' types.
ANGULAR_EXPECTED=(
  "Property 'total' does not exist on type 'EnvoyLoadDetail'"
  "the types 'EnvoyErrorCode' and '\"no-such-code\"' have no overlap"
)
expect_failure() {
  local name=$1
  shift
  local list=EXPECTED
  if [ "$name" = ngc ]; then list=ANGULAR_EXPECTED; fi
  local -n expected=$list
  local out
  if out=$("$@" 2>&1); then
    printf '%s\n' "$out"
    echo "examples: $name accepted the deliberate mistakes; its types do not catch them" >&2
    exit 1
  fi
  for message in "${expected[@]}"; do
    if ! grep -qF -- "$message" <<<"$out"; then
      printf '%s\n' "$out"
      echo "examples: $name did not report: $message" >&2
      exit 1
    fi
  done
  echo "$name rejected the negative fixture as expected:"
  grep -E 'error|Error|ERROR' <<<"$out" | sed 's/^/    /'
}

step 'type checks of the deliberate mistakes (must fail)'
expect_failure tsc npx tsc -p react/tsconfig.negative.json
expect_failure vue-tsc npx vue-tsc -p vue/tsconfig.negative.json
expect_failure svelte-check npx svelte-check --workspace svelte --tsconfig ./tsconfig.negative.json --output human
expect_failure ngc npx ngc -p angular/tsconfig.negative.json --pretty false

step 'vite build'
for framework in react vue svelte angular; do npx vite build "$framework"; done

step "done"
