#!/bin/bash
# Time to produce the calculation report (HTML + PDF) of the largest bundled example: end to end
# with ./cryo report (a fresh JVM per run, as CI runs it) and step by step in a warm JVM
# (bench/src/report/ReportBench.java). Figures: BENCHMARKS.md ("Calculation reports").
#   tools/bench-report.sh [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
RUNS=${1:-5}
DIST=$ROOT/releng/org.cryostudio.cli.dist/target/cryo/lib
[ -d "$DIST" ] || { echo "bench-report: build the command line first (./cryo --version)" >&2; exit 2; }
SPEC=$(find "$ROOT/dsl-examples" -name '*.cryo' -not -path '*/invalid/*' -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2)
OUT=$ROOT/bench/target/report
rm -rf "$OUT"; mkdir -p "$OUT/classes"
echo "largest example: ${SPEC#$ROOT/} ($(wc -l < "$SPEC") lines)"
times=()
for i in $(seq "$RUNS"); do
  start=$(date +%s%N)
  CRYO_NO_BUILD=1 SOURCE_DATE_EPOCH=0 "$ROOT/cryo" report "$SPEC" --out "$OUT" >/dev/null 2>"$OUT/stderr" || [ $? -eq 1 ]
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "./cryo report (HTML + PDF, fresh JVM): median $(( sorted[RUNS / 2] )) ms of $RUNS runs (${times[*]} ms)"
ls -l "$OUT"/*.html "$OUT"/*.pdf | awk '{print "  " $5 " bytes  " $9}'
CP=$(ls "$DIST"/*.jar | tr '\n' ':')
javac -encoding UTF-8 --release 21 -nowarn -d "$OUT/classes" -cp "$CP" "$ROOT/bench/src/report/ReportBench.java"
java -Dguice_bytecode_gen_option=DISABLED -Djava.awt.headless=true -cp "$CP$OUT/classes" ReportBench "$SPEC" 5
