#!/bin/sh
# Runs the command line on every bundled example, as users do: every valid spec must check
# clean and solve (cryo solve --json: one JSON document, no NaN or Infinity, no solver failing for
# an internal reason; requirement verdicts may fail, that is the design's business); every spec
# under dsl-examples/invalid/ must report the issue code its file is named after.
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
done
mkdir -p target/solve-examples
for f in $(find dsl-examples -name '*.cryo' -not -path '*/invalid/*' -not -path '*/catalog*' | sort); do
  json=target/solve-examples/$(echo "$f" | tr '/' '_').json
  if ./cryo solve --json "$f" >"$json" 2>target/solve-example.err \
      && ! grep -qE 'NaN|Infinity' "$json" \
      && ! grep -qE 'not a finite number|Exception' "$json"; then
    echo "ok    solve $f ($(grep -c '"status": "ok"' "$json") solver(s))"
  else
    echo "FAIL  solve $f"; cat target/solve-example.err; status=1
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
