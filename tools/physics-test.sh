#!/bin/bash
# Fast inner loop for the pure-Java physics bundle: compiles org.cryostudio.physics and its test
# fragment with javac and runs the JUnit 5 tests on a plain class path (no Tycho, no OSGi), in
# a few seconds. The real build (./mvnw verify) runs the same tests inside OSGi.
#   tools/physics-test.sh                      all tests
#   tools/physics-test.sh --select-class org.cryostudio.physics.fluids.SomeTest
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
OUT=$ROOT/bundles/org.cryostudio.physics.tests/target/quick
LIB=$ROOT/.cache/quicktest-lib
mkdir -p "$LIB"
. "$ROOT/tools/fetch-jars.sh"
fetch() { cryo_fetch "$LIB" "$@"; }
fetch org.hipparchus hipparchus-core 4.0.3
fetch org.junit.platform junit-platform-console-standalone 1.14.4
rm -rf "$OUT"; mkdir -p "$OUT/main" "$OUT/test"
CP="$LIB/hipparchus-core-4.0.3.jar"
javac -encoding UTF-8 --release 21 -Xlint:all,-serial -d "$OUT/main" -cp "$CP" $(find "$ROOT/bundles/org.cryostudio.physics/src" -name '*.java')
cp -r "$ROOT/bundles/org.cryostudio.physics/resources/." "$OUT/main/"
TESTS=$(find "$ROOT/bundles/org.cryostudio.physics.tests/src" -name '*.java')
if [ -n "$TESTS" ]; then
  javac -encoding UTF-8 --release 21 -d "$OUT/test" -cp "$CP:$OUT/main:$LIB/junit-platform-console-standalone-1.14.4.jar" $TESTS
fi
cp -r "$ROOT/bundles/org.cryostudio.physics.tests/resources/." "$OUT/test/"
ARGS=("$@"); [ ${#ARGS[@]} -eq 0 ] && ARGS=(--scan-class-path)
java -jar "$LIB/junit-platform-console-standalone-1.14.4.jar" execute --disable-banner --details=summary \
  -cp "$CP:$OUT/main:$OUT/test" "${ARGS[@]}"
