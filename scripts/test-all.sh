#!/usr/bin/env bash
# `npm test`: every check and every test, as CI runs them.
# 1. Debian's Chromium, Firefox ESR, WebKitGTK driver and Xvfb (installed with apt-get when missing; nothing
#    downloads a browser).
# 2. Type check, lint, formatting, generated files up to date, the shipped dataset valid.
# 3. Mutation testing of the tested modules' lines changed since main, when they are few (npm run mutation
#    tests them all; mutation/run.ts).
# 4. Build dist/, then one Vitest run of all projects (unit, browser, e2e, cross-browser);
# 5. then the WordPress tests (scripts/test-wordpress.sh: Debian's WordPress, installed when missing),
#    closing with the line "N passed, N failed" (both runs) that CI reads; a failed mutation budget counts as
#    one failure.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's browsers, installed with apt-get when missing: Chromium (unit, browser and e2e tests), Firefox ESR,
# and WebKitGTK's WebKitWebDriver with its MiniBrowser under Xvfb (the cross-browser smoke tests).
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing Debian's ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); else apt_get=(sudo apt-get); fi
  "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq "${missing[@]}" >/dev/null
fi

step() { echo; echo "== $*"; }

step "type check"
npm run -s typecheck
step "lint and formatting"
npm run -s lint
step "generated files are up to date"
npx tsx scripts/build-schema.ts --check
npx tsx scripts/build-topology.ts --check
# The Intl seed follows data/dataset.json: a stale one is only slower (src/i18n/intl.ts), so an editor's commit
# that forgot `npm run data` gets a warning, and the tests run on a fresh seed.
if ! npx tsx scripts/build-intl-seed.ts --check 2>/dev/null; then
  echo "warning: src/i18n/intl-seed.json did not match data/dataset.json: regenerated; run npm run data and commit it" >&2
  npx tsx scripts/build-intl-seed.ts >/dev/null
fi
step "the shipped dataset is valid"
npm run -s validate
step "mutation testing of the lines changed since main"
mutation_status=0
npm run -s mutation -- --changed || mutation_status=$?
step "build dist/"
# The data and the dataset were checked above: the build's prebuild (data, validate) is not run again.
npm run -s build --ignore-scripts >/dev/null
npm run -s analyze >/dev/null
# A warning, not a failure: stale documentation does not break the graphic (its module order is sorted now, so
# a difference is a real change: see its config).
if [ -d .git ] && ! git diff --quiet -- custom-elements.json; then
  echo "warning: custom-elements.json differs from the committed one: run npm run analyze and commit it" >&2
fi
step "unit, browser and end-to-end tests"
report="$(mktemp)"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" || status=$?
step "WordPress end-to-end tests (scripts/test-wordpress.sh)"
wordpress_report="$(mktemp)"
bash scripts/test-wordpress.sh --reporter=default --reporter=json --outputFile.json="$wordpress_report" || status=$?
NSO_MUTATION_FAILED="$((mutation_status == 0 ? 0 : 1))" node -e '
  const fs = require("fs");
  const runs = process.argv.slice(1).map((file) => {
    try {
      return JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
      return { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0 };
    }
  });
  const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
  const skipped = sum("numPendingTests") + sum("numTodoTests");
  const failed = sum("numFailedTests") + Number(process.env.NSO_MUTATION_FAILED);
  console.log(`\n${sum("numPassedTests")} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$report" "$wordpress_report" || echo "0 passed, 1 failed"
if [ "$status" -eq 0 ]; then status="$mutation_status"; fi
exit "$status"
