#!/bin/sh
# Talks JSON-RPC over stdio with the real language server (`./cryo lsp`), as an editor does:
# initialize, didOpen -> publishDiagnostics, completion, hover, formatting, shutdown, exit.
#   tools/lsp-check.sh [LAUNCHER]      (default ./cryo; the command line must be built)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tools/jdk.sh"; cryo_find_jdk
LIB="$ROOT/releng/org.cryostudio.cli.dist/target/cryo/lib"
[ -d "$LIB" ] || { echo "lsp-check: build the command line first (./mvnw -B verify)" >&2; exit 2; }
export CRYO_NO_BUILD=1
exec java -cp "$LIB/*" "$ROOT/tools/LspStdioCheck.java" "${1:-$ROOT/cryo}"
