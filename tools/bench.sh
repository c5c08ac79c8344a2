#!/bin/bash
# The benchmark suite (issue 12): language at 100 / 1,000 / 10,000 elements and one-character
# edits, property-call throughput, command-line start-up. Rewrites the generated part of
# BENCHMARKS.md with the machine, the date and the tables (hand-written sections stay).
#   tools/bench.sh           full run (a few minutes), rewrites BENCHMARKS.md
#   tools/bench.sh --smoke   every benchmark once at small sizes (CI); table in target/bench-smoke.md
# JMH detail benchmarks of the physics: tools/bench-physics.sh; units vs Indriya: tools/bench-units.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
LIB="$ROOT/releng/org.cryostudio.cli.dist/target/cryo/lib"
[ -d "$LIB" ] || { echo "bench: build the command line first (./mvnw -B verify)" >&2; exit 2; }
OUT="$ROOT/bench/target/suite"
rm -rf "$OUT"; mkdir -p "$OUT"
javac -encoding UTF-8 --release 21 -d "$OUT" -cp "$LIB/*" $(find "$ROOT/bench/src/main/java/org/cryostudio/bench/suite" -name '*.java')
cd "$ROOT"
exec java -Dguice_bytecode_gen_option=DISABLED -Xss8m -Xmx2g -cp "$OUT:$LIB/*" org.cryostudio.bench.suite.BenchSuite --root "$ROOT" "$@"
