#!/bin/sh
# Runs every test of CryoStudio: the full Tycho build (MWE2 generation, compilation, the layering
# check, headless JUnit 5 tests in OSGi, UI tests in the workbench under Xvfb, the product and the
# command-line distribution), then the command line on every bundled example (check and
# format --check), the language server over stdio (tools/lsp-check.sh), then starts the
# archived product under Xvfb and waits for its CryoStudio window, and fuzzes the command line
# (CI mode: 2,000 mutated inputs), and runs the benchmark suite once at small sizes (no timing asserted).
# Screenshots of the UI tests: target/screenshots/. Surefire reports: bundles/*/target/surefire-reports/.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. tools/jdk.sh
cryo_find_jdk
command -v xvfb-run >/dev/null 2>&1 || { echo "test: xvfb-run missing; run tools/setup-machine.sh first" >&2; exit 2; }
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@"
tools/check-examples.sh
tools/lsp-check.sh
tools/product-smoke.sh
tools/fuzz.sh
tools/bench.sh --smoke >/dev/null
