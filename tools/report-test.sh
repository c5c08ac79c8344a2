#!/bin/bash
# Fast inner loop for the report bundle: compiles org.cryostudio.report and its tests with javac
# against the command-line distribution's class path (build it once with ./mvnw verify) and runs
# the JUnit 5 tests on a plain class path, in seconds. The real build runs them inside OSGi.
#   tools/report-test.sh                      all tests
#   tools/report-test.sh --select-class org.cryostudio.report.model.FormulaTextTest
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
DIST=$ROOT/releng/org.cryostudio.cli.dist/target/cryo/lib
[ -d "$DIST" ] || { echo "report-test: build the command line first (./mvnw -B verify)" >&2; exit 2; }
OUT=$ROOT/bundles/org.cryostudio.report.tests/target/quick
LIB=$ROOT/.cache/quicktest-lib
. "$ROOT/tools/fetch-jars.sh"
fetch() { cryo_fetch "$LIB" "$@"; }
fetch org.junit.platform junit-platform-console-standalone 1.14.4
fetch com.github.librepdf openpdf 2.0.5
fetch org.jfree jfreechart 1.5.6
fetch org.jfree org.jfree.svg 5.0.7
rm -rf "$OUT"; mkdir -p "$OUT/main" "$OUT/test"
CP="$(ls "$DIST"/*.jar | grep -v org.cryostudio.report | tr '\n' ':')$LIB/openpdf-2.0.5.jar:$LIB/jfreechart-1.5.6.jar:$LIB/org.jfree.svg-5.0.7.jar"
SRC=$ROOT/bundles/org.cryostudio.report/src
javac -encoding UTF-8 --release 21 -Xlint:all,-serial -d "$OUT/main" -cp "$CP" $(find "$SRC" -name '*.java')
(cd "$SRC" && find . -type f -not -name '*.java' -exec cp --parents {} "$OUT/main/" \;)
TSRC=$ROOT/bundles/org.cryostudio.report.tests/src
javac -encoding UTF-8 --release 21 -d "$OUT/test" -cp "$CP:$OUT/main:$LIB/junit-platform-console-standalone-1.14.4.jar" $(find "$TSRC" -name '*.java')
(cd "$TSRC" && find . -type f -not -name '*.java' -exec cp --parents {} "$OUT/test/" \;)
ARGS=("$@"); [ ${#ARGS[@]} -eq 0 ] && ARGS=(--scan-class-path)
java -Djava.awt.headless=true -Dcryo.examples="$ROOT/dsl-examples" -Dcryo.test.output="$ROOT/bundles/org.cryostudio.report.tests/target/test-output" \
  -jar "$LIB/junit-platform-console-standalone-1.14.4.jar" execute --disable-banner --details=summary \
  -cp "$CP:$OUT/main:$OUT/test" "${ARGS[@]}"
