#!/bin/bash
# Fast inner loop for the analysis, solver and chart bundles: compiles physics, analysis (without the
# spec builder, which needs the generated language), every org.cryostudio.solver.* bundle, charts and
# their test fragments with javac, and runs the JUnit 5 tests on a plain class path (headless AWT),
# in seconds. The real build (./mvnw verify) runs the same tests inside OSGi.
#   tools/solvers-test.sh                      all tests
#   tools/solvers-test.sh --select-class org.cryostudio.solver.vacuum.PumpdownSolverTest
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
OUT=$ROOT/target/solvers-quick
LIB=$ROOT/.cache/quicktest-lib
mkdir -p "$LIB"
. "$ROOT/tools/fetch-jars.sh"
fetch() { cryo_fetch "$LIB" "$@"; }
fetch org.hipparchus hipparchus-core 4.0.3
fetch org.hipparchus hipparchus-ode 4.0.3
fetch org.jfree jfreechart 1.5.6
fetch org.jfree org.jfree.svg 5.0.7
fetch org.eclipse.platform org.eclipse.osgi 3.19.0
fetch org.junit.platform junit-platform-console-standalone 1.14.4
CP="$LIB/org.eclipse.osgi-3.19.0.jar:$LIB/hipparchus-core-4.0.3.jar:$LIB/hipparchus-ode-4.0.3.jar:$LIB/jfreechart-1.5.6.jar:$LIB/org.jfree.svg-5.0.7.jar"
rm -rf "$OUT"; mkdir -p "$OUT/main" "$OUT/test"
BUNDLES="$ROOT/bundles/org.cryostudio.physics $ROOT/bundles/org.cryostudio.analysis $(ls -d "$ROOT"/bundles/org.cryostudio.solver.* 2>/dev/null | grep -v '\.tests$' || true) $ROOT/bundles/org.cryostudio.charts"
SRC=()
for b in $BUNDLES; do
  [ -d "$b/src" ] || continue
  while IFS= read -r f; do SRC+=("$f"); done < <(find "$b/src" -name '*.java' -not -path '*/analysis/build/*')
done
javac -encoding UTF-8 --release 21 -Xlint:all,-serial -d "$OUT/main" -cp "$CP" "${SRC[@]}"
for b in $BUNDLES; do
  [ -d "$b/resources" ] && cp -r "$b/resources/." "$OUT/main/"
  [ -d "$b/META-INF/services" ] && mkdir -p "$OUT/main/META-INF/services" && cat "$b"/META-INF/services/* >> "$OUT/main/META-INF/services/org.cryostudio.analysis.solver.Solver"
done
TESTS=()
for b in $BUNDLES; do
  t="$b.tests"
  [ "$b" = "$ROOT/bundles/org.cryostudio.physics" ] && continue
  [ -d "$t/src" ] || continue
  while IFS= read -r f; do TESTS+=("$f"); done < <(find "$t/src" -name '*.java')
done
if [ ${#TESTS[@]} -gt 0 ]; then
  javac -encoding UTF-8 --release 21 -d "$OUT/test" -cp "$CP:$OUT/main:$LIB/junit-platform-console-standalone-1.14.4.jar" "${TESTS[@]}"
fi
ARGS=("$@"); [ ${#ARGS[@]} -eq 0 ] && ARGS=(--scan-class-path)
java -Djava.awt.headless=true -jar "$LIB/junit-platform-console-standalone-1.14.4.jar" execute --disable-banner --details=summary \
  -cp "$CP:$OUT/main:$OUT/test" "${ARGS[@]}"
