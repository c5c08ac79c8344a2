#!/bin/bash
# JMH benchmarks of the physics calls used in solver loops (conductance, heat transfer), without
# Maven or OSGi: javac compiles the physics sources and bench/src/main/java/org/cryostudio/bench/physics
# with the JMH annotation processor, then JMH runs them in a forked JVM.
#   tools/bench-physics.sh              all physics benchmarks (about 2 min)
#   tools/bench-physics.sh Clausing     benchmarks whose name matches a regex
# JMH jars are fetched once into .cache/jmh with the Maven wrapper.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
LIB=$ROOT/.cache/jmh
OUT=$ROOT/bench/target/physics
mkdir -p "$LIB"
. "$ROOT/tools/fetch-jars.sh"
fetch() { cryo_fetch "$LIB" "$@"; }
fetch org.openjdk.jmh jmh-core 1.37
fetch org.openjdk.jmh jmh-generator-annprocess 1.37
fetch net.sf.jopt-simple jopt-simple 5.0.4
fetch org.apache.commons commons-math3 3.6.1
fetch org.hipparchus hipparchus-core 4.0.3
CP="$LIB/jmh-core-1.37.jar:$LIB/jopt-simple-5.0.4.jar:$LIB/commons-math3-3.6.1.jar:$LIB/hipparchus-core-4.0.3.jar"
rm -rf "$OUT"; mkdir -p "$OUT/classes"
javac -encoding UTF-8 --release 21 -proc:full -d "$OUT/classes" \
  -cp "$CP:$LIB/jmh-generator-annprocess-1.37.jar" \
  -processorpath "$LIB/jmh-generator-annprocess-1.37.jar:$LIB/jmh-core-1.37.jar" \
  $(find "$ROOT/bundles/org.cryostudio.physics/src" "$ROOT/bench/src/main/java/org/cryostudio/bench/physics" -name '*.java')
cp -r "$ROOT/bundles/org.cryostudio.physics/resources/." "$OUT/classes/"
FILTER=${1:-org.cryostudio.bench.physics}
java -cp "$OUT/classes:$CP" org.openjdk.jmh.Main "$FILTER" -f 1 -wi 3 -w 1s -i 5 -r 1s -rf text -rff "$OUT/results.txt"
