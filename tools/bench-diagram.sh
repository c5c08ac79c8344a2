#!/bin/bash
# JMH benchmarks of diagram layout and drawing (issue 10) on a generated 200-node system, without
# Maven or OSGi: javac compiles the headless diagram packages (scene, layout, render, export writers)
# and bench/src/main/java/org/cryostudio/bench/diagram, JMH runs them in a forked JVM.
#   tools/bench-diagram.sh              all diagram benchmarks (about 2 min)
#   tools/bench-diagram.sh autoLayout   benchmarks whose name matches a regex
# Jars (JMH, ELK, EMF, Guava, JFreeSVG) are fetched once into .cache/ with the Maven wrapper.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
JMH=$ROOT/.cache/jmh
LIB=$ROOT/.cache/diagram
OUT=$ROOT/bench/target/diagram
. "$ROOT/tools/fetch-jars.sh"
cryo_fetch "$JMH" org.openjdk.jmh jmh-core 1.37
cryo_fetch "$JMH" org.openjdk.jmh jmh-generator-annprocess 1.37
cryo_fetch "$JMH" net.sf.jopt-simple jopt-simple 5.0.4
cryo_fetch "$JMH" org.apache.commons commons-math3 3.6.1
# the versions of the target platform (releng/org.cryostudio.target)
for a in org.eclipse.elk.core org.eclipse.elk.graph org.eclipse.elk.alg.common org.eclipse.elk.alg.layered; do
  cryo_fetch "$LIB" org.eclipse.elk "$a" 0.12.1
done
cryo_fetch "$LIB" org.eclipse.emf org.eclipse.emf.common 2.42.0
cryo_fetch "$LIB" org.eclipse.emf org.eclipse.emf.ecore 2.39.0
cryo_fetch "$LIB" org.eclipse.emf org.eclipse.emf.ecore.xmi 2.37.0
cryo_fetch "$LIB" com.google.guava guava 33.4.0-jre
cryo_fetch "$LIB" org.jfree org.jfree.svg 5.0.7
cryo_fetch "$LIB" org.eclipse.xtext org.eclipse.xtext.xbase.lib 2.42.0
CP="$JMH/jmh-core-1.37.jar:$JMH/jopt-simple-5.0.4.jar:$JMH/commons-math3-3.6.1.jar:$(ls "$LIB"/*.jar | tr '\n' ':')"
rm -rf "$OUT"; mkdir -p "$OUT/classes"
SRC=$ROOT/bundles/org.cryostudio.diagram.core/src/org/cryostudio/diagram/core
javac -encoding UTF-8 --release 21 -proc:full -d "$OUT/classes" \
  -cp "$CP:$JMH/jmh-generator-annprocess-1.37.jar" \
  -processorpath "$JMH/jmh-generator-annprocess-1.37.jar:$JMH/jmh-core-1.37.jar" \
  $(find "$SRC/scene" "$SRC/layout" "$SRC/render" "$ROOT/bench/src/main/java/org/cryostudio/bench/diagram" -name '*.java') \
  "$SRC/export/PngWriter.java" "$SRC/export/SvgWriter.java"
FILTER=${1:-org.cryostudio.bench.diagram}
java -Djava.awt.headless=true -cp "$OUT/classes:$CP" org.openjdk.jmh.Main "$FILTER" -f 1 -wi 3 -w 2s -i 5 -r 2s \
  -jvmArgs -Djava.awt.headless=true -rf text -rff "$OUT/results.txt"
