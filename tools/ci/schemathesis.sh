#!/usr/bin/env bash
# Property-based API fuzzing against the platform's own OpenAPI document (Schemathesis, from PyPI),
# as anonymous and as each role: no 5xx, and every response that has a documented schema conforms.
# Usage: bash tools/ci/schemathesis.sh [max examples per operation, default 15]
set -euo pipefail
cd "$(dirname "$0")/../.."
MAX_EXAMPLES="${1:-${FUZZ_MAX_EXAMPLES:-15}}"
SCHEMATHESIS_VERSION=4.32.5
VENV="${SCHEMATHESIS_VENV:-$HOME/.cache/fhk-schemathesis-$SCHEMATHESIS_VERSION}"
if [ ! -x "$VENV/bin/st" ]; then
  echo "fuzz: installing schemathesis $SCHEMATHESIS_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi
DATA="$(mktemp -d -t fhk-fuzz-XXXXXX)"
PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
URL="http://127.0.0.1:$PORT"
DATA_DIR="$DATA" PORT="$PORT" HOST=127.0.0.1 LOG_LEVEL=warn NODE_ENV=test RATE_LIMIT_PER_MIN=10000000 RATE_LIMIT_WRITES_PER_MIN=10000000 \
  node -r @swc-node/register apps/platform/src/main.ts > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "$URL/api/health/ready" > /dev/null && break; sleep 1; done
curl -sf "$URL/api/health/ready" > /dev/null || { echo "fuzz: the platform did not get ready"; cat "$DATA/server.log"; exit 1; }
token() {
  curl -sf "$URL/oidc/token" -d grant_type=password -d client_id=fhk-cli -d "username=$1" -d "password=${DEMO_PASSWORD:-fhk-demo-2026}" -d scope=api |
    node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token'
}
failed=0
for role in anonymous enterprise agency-staff catalogue-admin calendar-admin profiles-admin platform-admin; do
  headers=()
  [ "$role" = anonymous ] || headers=(-H "Authorization: Bearer $(token "$role")")
  echo "fuzz: as $role, $MAX_EXAMPLES examples per operation"
  if ! "$VENV/bin/st" run "$URL/api/docs-json" --url "$URL" "${headers[@]}" \
    --checks not_a_server_error,response_schema_conformance --max-examples "$MAX_EXAMPLES" \
    --phases examples,fuzzing --workers 2 --no-color --seed 20261201 > "$DATA/st-$role.log" 2>&1; then
    failed=1
    cat "$DATA/st-$role.log"
  else
    grep -E "generated|passed|failed" "$DATA/st-$role.log" | tail -2
  fi
done
if grep -q '"status":500\|Internal server error' "$DATA/server.log"; then echo "fuzz: the server logged an internal error"; grep -m5 '"level":50\|error' "$DATA/server.log"; failed=1; fi
exit $failed
