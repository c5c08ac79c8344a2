#!/bin/bash
# Solver benchmarks (issue 7): compiles physics, analysis (without the spec builder), the solver
# bundles and bench/src/main/java/org/cryostudio/bench/solvers with javac, then times the solvers on
# generated networks in one JVM (warm-up runs first; median of the timed runs). Numbers go to
# BENCHMARKS.md by hand.
#   tools/bench-solvers.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
LIB=$ROOT/.cache/quicktest-lib
OUT=$ROOT/bench/target/solvers
. "$ROOT/tools/fetch-jars.sh"
fetch() { cryo_fetch "$LIB" "$@"; }
fetch org.hipparchus hipparchus-core 4.0.3
fetch org.hipparchus hipparchus-ode 4.0.3
fetch org.eclipse.platform org.eclipse.osgi 3.19.0
CP="$LIB/hipparchus-core-4.0.3.jar:$LIB/hipparchus-ode-4.0.3.jar:$LIB/org.eclipse.osgi-3.19.0.jar"
rm -rf "$OUT"; mkdir -p "$OUT/classes"
SRC=()
for b in "$ROOT/bundles/org.cryostudio.physics" "$ROOT/bundles/org.cryostudio.analysis" $(ls -d "$ROOT"/bundles/org.cryostudio.solver.* | grep -v '\.tests$'); do
  while IFS= read -r f; do SRC+=("$f"); done < <(find "$b/src" -name '*.java' -not -path '*/analysis/build/*')
done
while IFS= read -r f; do SRC+=("$f"); done < <(find "$ROOT/bench/src/main/java/org/cryostudio/bench/solvers" -name '*.java')
javac -encoding UTF-8 --release 21 -nowarn -d "$OUT/classes" -cp "$CP" "${SRC[@]}"
cp -r "$ROOT/bundles/org.cryostudio.physics/resources/." "$OUT/classes/"
java -cp "$OUT/classes:$CP" org.cryostudio.bench.solvers.SolverBenchmark
