#!/bin/bash
# Compares JSR 385 / Indriya 2.2 with CryoStudio's own units package (org.cryostudio.physics.units):
# first call in a fresh JVM (class loading), parse cost and conversion cost. The figures and the
# reasoning are in BENCHMARKS.md ("Units"). Sources: bench/src/units/*.java.
#   tools/bench-units.sh
# Indriya and its dependencies are fetched once into .cache/indriya with the Maven wrapper, run
# outside the reactor (the root POM's Tycho extension is not needed to copy a jar).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
LIB=$ROOT/.cache/indriya
OUT=$ROOT/bench/target/units
RUN=$ROOT/.cache/mvn-norepo
mkdir -p "$LIB" "$RUN"
ln -sfn "$ROOT/.mvn" "$RUN/.mvn"
fetch() { # groupId artifactId version
  local jar="$LIB/$2-$3.jar"
  [ -f "$jar" ] || (cd "$RUN" && "$ROOT/mvnw" -q -B dependency:copy -Dartifact="$1:$2:$3" -DoutputDirectory="$LIB" >&2)
}
fetch tech.units indriya 2.2
fetch javax.measure unit-api 2.2
fetch tech.uom.lib uom-lib-common 2.2
fetch javax.inject javax.inject 1
CP=$(ls "$LIB"/*.jar | tr '\n' ':')
rm -rf "$OUT"; mkdir -p "$OUT"
javac -encoding UTF-8 --release 21 -nowarn -d "$OUT" -cp "$CP" "$ROOT/bench/src/units/IndriyaUnitsBench.java"
javac -encoding UTF-8 --release 21 -d "$OUT" "$ROOT/bench/src/units/OwnUnitsBench.java" \
  $(find "$ROOT/bundles/org.cryostudio.physics/src/org/cryostudio/physics/units" -name '*.java') \
  "$ROOT/bundles/org.cryostudio.physics/src/org/cryostudio/physics/PhysicalConstants.java"
for i in 1 2 3; do
  java -cp "$OUT:$CP" IndriyaUnitsBench | head -1
  java -cp "$OUT" OwnUnitsBench | head -1
done
java -cp "$OUT:$CP" IndriyaUnitsBench
java -cp "$OUT" OwnUnitsBench
