#!/bin/sh
# Measures the desktop in a fresh workbench under Xvfb (the UI test bundle's DesktopBenchmark,
# which the normal test run skips): JVM start to an editable checked editor, keystroke to updated
# markers on a 1,000-line spec, UI event-loop latency while typing. Numbers: target/bench/desktop.txt
# (BENCHMARKS.md quotes them). Builds what the UI tests need first (offline, ~3 min warm).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. tools/jdk.sh
cryo_find_jdk
MODULES=releng/org.cryostudio.target,bundles/org.cryostudio.physics,bundles/org.cryostudio.dsl,bundles/org.cryostudio.dsl.ide
MODULES=$MODULES,bundles/org.cryostudio.analysis,bundles/org.cryostudio.solver.vacuum,bundles/org.cryostudio.solver.thermal
MODULES=$MODULES,bundles/org.cryostudio.solver.cryopump,bundles/org.cryostudio.solver.refrigeration,bundles/org.cryostudio.charts
MODULES=$MODULES,bundles/org.cryostudio.report,bundles/org.cryostudio.diagram.core,bundles/org.cryostudio.cli,bundles/org.cryostudio.ui
MODULES=$MODULES,bundles/org.cryostudio.diagram,features/org.cryostudio.headless.feature,features/org.cryostudio.ui.feature
MODULES=$MODULES,features/org.cryostudio.product.feature,bundles/org.cryostudio.ui.tests
[ -n "${CRYO_EXTRA_MODULES:-}" ] && MODULES=$CRYO_EXTRA_MODULES,$MODULES
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -o -B -q verify -pl "$MODULES" -DskipXtextGeneration=true \
  -Dtest=DesktopBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dcryo.bench="$ROOT/target/bench" "$@"
cat "$ROOT/target/bench/desktop.txt"
