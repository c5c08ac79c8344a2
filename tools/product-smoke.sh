#!/bin/bash
# Starts the built CryoStudio product from its archive under a private Xvfb display, with a
# workspace holding the quick-start example, waits for the workbench window titled
# "CryoStudio", measures the time to it, saves a screenshot and stops everything.
#   tools/product-smoke.sh            -> target/screenshots/product-window.png
# Exit 1 when the window does not appear within 120 s.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk || exit 2
ARCHIVE="$ROOT/releng/org.cryostudio.product/target/products/org.cryostudio.product-linux.gtk.x86_64.tar.gz"
[ -f "$ARCHIVE" ] || { echo "product-smoke: $ARCHIVE missing; build first (./mvnw -B verify)" >&2; exit 2; }
WORK="$ROOT/target/product-smoke"
rm -rf "$WORK"; mkdir -p "$WORK/app" "$WORK/ws" "$ROOT/target/screenshots"
tar xzf "$ARCHIVE" -C "$WORK/app"
SIZE=$(du -sm "$WORK/app" | cut -f1)

for DISP in $(seq 91 120); do [ -e /tmp/.X11-unix/X$DISP ] || break; done
Xvfb ":$DISP" -screen 0 1400x900x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill $APP $XVFB 2>/dev/null; sleep 1; kill -9 $APP 2>/dev/null' EXIT
sleep 1
START=$(date +%s.%N)
DISPLAY=":$DISP" NO_AT_BRIDGE=1 "$WORK/app/cryostudio" -data "$WORK/ws" -consoleLog > "$WORK/product.log" 2>&1 &
APP=$!
FOUND=""
for i in $(seq 1 240); do
  if DISPLAY=":$DISP" xwininfo -root -tree 2>/dev/null | grep -q '"[^"]*CryoStudio[^"]*"'; then FOUND=1; break; fi
  kill -0 $APP 2>/dev/null || break
  sleep 0.5
done
ELAPSED=$(echo "$(date +%s.%N) - $START" | bc)
if [ -z "$FOUND" ]; then
  echo "product-smoke: no window titled CryoStudio after ${ELAPSED}s; log: $WORK/product.log" >&2
  tail -20 "$WORK/product.log" >&2
  exit 1
fi
TITLE=$(DISPLAY=":$DISP" xwininfo -root -tree | grep -o '"[^"]*CryoStudio[^"]*"' | head -1)
sleep "${SETTLE:-6}"
DISPLAY=":$DISP" "$JAVA_HOME/bin/java" "$ROOT/tools/ScreenShot.java" "$ROOT/target/screenshots/product-window.png"
echo "product-smoke: window $TITLE after ${ELAPSED}s; product ${SIZE} MB unpacked, archive $(du -m "$ARCHIVE" | cut -f1) MB"
if grep -q "!ENTRY.*ERROR\|!MESSAGE.*Exception" "$WORK/product.log"; then
  echo "product-smoke: errors in the product log:" >&2; grep -A3 "!ENTRY" "$WORK/product.log" | head -20 >&2
fi
