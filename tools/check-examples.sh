#!/bin/sh
# Runs the command line on every bundled example, as users do: every valid spec must check
# clean and give its calculation report in HTML and PDF (target/reports/); every spec under
# dsl-examples/invalid/ must report the issue code its file is named after.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export CRYO_NO_BUILD=1
status=0
for f in $(find dsl-examples -name '*.cryo' -not -path '*/invalid/*' | sort); do
  if ./cryo check "$f" >/dev/null 2>target/check-example.err; then
    echo "ok    check $f"
  else
    echo "FAIL  check $f"; cat target/check-example.err; status=1
  fi
  out=target/reports/$(dirname "${f#dsl-examples/}")
  name=$(basename "$f" .cryo)
  if ./cryo report "$f" --out "$out" >/dev/null 2>target/check-example.err \
      && [ -s "$out/$name.html" ] && [ "$(head -c 5 "$out/$name.pdf")" = "%PDF-" ]; then
    echo "ok    report $f -> $out/$name.html, $name.pdf"
  else
    echo "FAIL  report $f"; cat target/check-example.err; status=1
  fi
done
if [ -d dsl-examples/invalid ]; then
  for f in $(find dsl-examples/invalid -name '*.cryo' | sort); do
    code=$(basename "$f" .cryo)
    if ./cryo check --format json "$f" 2>/dev/null | grep -q "\"code\": \"$code\""; then
      echo "ok    $f reports [$code]"
    else
      echo "FAIL  $f does not report [$code]"; status=1
    fi
  done
fi
exit $status
