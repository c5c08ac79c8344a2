#!/bin/bash
# Speed of the Cryo language (issue 5), figures for BENCHMARKS.md ("The Cryo language"):
#  1. parse, link and validate generated specs of 100, 1,000 and 10,000 elements (in one warm JVM);
#  2. revalidation of a 1,000-line spec after a one-character edit (XtextResource.update + link + validate);
#  3. wall time of `./cryo check` (JVM start included) on the generated specs and on the examples.
# Sources: bench/src/main/java/org/cryostudio/bench/dsl/. Needs the command line built (./mvnw -B verify).
#   tools/bench-dsl.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
LIB="$ROOT/releng/org.cryostudio.cli.dist/target/cryo/lib"
[ -d "$LIB" ] || { echo "bench-dsl: build the command line first (./mvnw -B verify)" >&2; exit 2; }
OUT="$ROOT/bench/target/dsl"
rm -rf "$OUT"; mkdir -p "$OUT/classes"
javac -encoding UTF-8 --release 21 -d "$OUT/classes" -cp "$LIB/*" $(find "$ROOT/bench/src/main/java/org/cryostudio/bench/dsl" -name '*.java')
echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(nproc) cores"
echo
java -Dguice_bytecode_gen_option=DISABLED -Xss8m -cp "$OUT/classes:$LIB/*" org.cryostudio.bench.dsl.DslBenchmark "$OUT"
echo
echo "| \`./cryo check\` (JVM start included) | wall time, best of 3 |"
echo "|---|---|"
export CRYO_NO_BUILD=1
for spec in "$OUT/elements-100.cryo" "$OUT/elements-1000.cryo" "$OUT/elements-10000.cryo" "$ROOT/dsl-examples"; do
  best=""
  for i in 1 2 3; do
    start=$(date +%s%N)
    "$ROOT/cryo" check "$spec" >/dev/null 2>&1 || { echo "bench-dsl: cryo check $spec failed" >&2; exit 1; }
    t=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "| ${spec#"$ROOT"/} | $best ms |"
done
