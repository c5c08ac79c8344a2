#!/bin/bash
# Mutation fuzzing of the cryo command line, seeded with dsl-examples/ (issue 12):
#   tools/fuzz.sh                        CI mode: 2,000 inputs, at most 240 s
#   tools/fuzz.sh --inputs 100000        long mode
#   tools/fuzz.sh --commands check,solve --seed 7
# Findings (input + what broke) go to target/fuzz-findings/; each must become a regression test
# (bundles/org.cryostudio.cli.tests/resources/fuzz-regressions/). Exit 1 when anything is found.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
LIB="$ROOT/releng/org.cryostudio.cli.dist/target/cryo/lib"
[ -d "$LIB" ] || { echo "fuzz: build the command line first (./mvnw -B verify)" >&2; exit 2; }
OUT="$ROOT/bench/target/fuzz"
rm -rf "$OUT"; mkdir -p "$OUT"
javac -encoding UTF-8 --release 21 -d "$OUT" -cp "$LIB/*" $(find "$ROOT/bench/src/main/java/org/cryostudio/bench/fuzz" -name '*.java')
ARGS=("$@")
[[ " ${ARGS[*]-} " == *" --inputs "* ]] || ARGS+=(--inputs 2000 --seconds 240)
cd "$ROOT"
exec java -Dguice_bytecode_gen_option=DISABLED -Xss8m -cp "$OUT:$LIB/*" org.cryostudio.bench.fuzz.SpecFuzzer \
  --examples dsl-examples --findings target/fuzz-findings "${ARGS[@]}"
