#!/bin/sh
# Runs the command line on every bundled example, as users do: every valid spec must check
# clean and be in the canonical layout (`cryo format --check`); every spec under
# dsl-examples/invalid/ must report the issue code its file is named after.
# Where this build has them, `solve` (JSON, no NaN or Infinity, --strict: every requirement of a
# reference design must hold) and `report` (into target/example-reports/) run on every valid spec.
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
valid=$(find dsl-examples -name '*.cryo' -not -path '*/invalid/*' | sort)
# shellcheck disable=SC2086
if ./cryo format --check $valid >target/format-check.out 2>target/format-check.err; then
  echo "ok    format --check (every valid example is in the canonical layout)"
else
  echo "FAIL  format --check: not in the canonical layout (run ./cryo format on them):"
  cat target/format-check.out target/format-check.err; status=1
fi
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
has() { ./cryo help "$1" >/dev/null 2>&1; }
valid_specs=$(find dsl-examples -name '*.cryo' -not -path '*/invalid/*' -not -path '*/catalog/*' | sort)
if has solve; then
  for f in $valid_specs; do
    if ./cryo solve --strict --json "$f" >target/solve-example.json 2>target/check-example.err \
        && ! grep -Eq '\b(NaN|-?Infinity)\b' target/solve-example.json; then
      echo "ok    solve $f"
    else
      # the grep finds nothing when the model could not be built: it must not end the script (set -e)
      echo "FAIL  solve $f"; cat target/check-example.err; grep -E '"status": "fail"|NaN|Infinity' target/solve-example.json || true; status=1
    fi
  done
else
  echo "skip  solve: not in this build"
fi
if has report; then
  for f in $valid_specs; do
    out=target/example-reports/$(basename "$f" .cryo)
    name=$(basename "$f" .cryo)
    # both formats: the HTML page and a PDF file
    if ./cryo report "$f" --out "$out" >/dev/null 2>target/check-example.err \
        && [ -s "$out/$name.html" ] && [ "$(head -c 5 "$out/$name.pdf")" = "%PDF-" ]; then
      echo "ok    report $f -> $out/$name.html, $name.pdf"
    else
      echo "FAIL  report $f"; cat target/check-example.err; status=1
    fi
  done
else
  echo "skip  report: not in this build"
fi
exit $status
