#!/usr/bin/env bash
# Builds and starts ingest-service, claims-service and gateway on this machine, loads the sample
# documents through the gateway and keeps running until Ctrl-C, which stops all three.
#
#   ./run.sh              build, start, load samples
#   ./run.sh --no-build   start from the jars already under */target/quarkus-app
#
# Environment: GATEWAY_PORT (8080), INGEST_PORT (8081), CLAIMS_PORT (8082), INGEST_HOST and CLAIMS_HOST
# (the address the internal services listen on, 127.0.0.1), READY_TIMEOUT (seconds each service gets
# to report ready, 120), JAVA_OPTS (extra JVM options for all three), QUARKUS_MONGODB_CONNECTION_STRING
# (use that MongoDB instead of the embedded store under data/).
set -euo pipefail
trap '' PIPE

cd "$(dirname "${BASH_SOURCE[0]}")"

GATEWAY_PORT="${GATEWAY_PORT:-8080}"
INGEST_PORT="${INGEST_PORT:-8081}"
CLAIMS_PORT="${CLAIMS_PORT:-8082}"
# Only the gateway faces callers; the internal services listen on loopback unless told otherwise.
INGEST_HOST="${INGEST_HOST:-127.0.0.1}"
CLAIMS_HOST="${CLAIMS_HOST:-127.0.0.1}"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
LOG_DIR="run/logs"
SAMPLES_DIR="deploy/local/samples"
EDITOR_KEY="dev-editor-key"
READER_KEY="dev-reader-key"
SERVICES=(claims-service ingest-service gateway)

build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

die() { echo "run.sh: $*" >&2; exit 1; }

port_of() {
  case "$1" in
    gateway) echo "$GATEWAY_PORT" ;;
    ingest-service) echo "$INGEST_PORT" ;;
    claims-service) echo "$CLAIMS_PORT" ;;
  esac
}

host_of() {
  case "$1" in
    gateway) echo 0.0.0.0 ;;
    ingest-service) echo "$INGEST_HOST" ;;
    claims-service) echo "$CLAIMS_HOST" ;;
  esac
}

# Where the gateway reaches a service listening on HOST: a wildcard address is reached on loopback.
reach() { case "$1" in 0.0.0.0|::|'[::]') echo 127.0.0.1 ;; *) echo "$1" ;; esac; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

command -v java >/dev/null || die "java not found: install a JDK 17 or newer"
command -v curl >/dev/null || die "curl not found: install curl"
java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
[[ "${java_major:-0}" -ge 17 ]] || die "Java 17 or newer is needed (found: ${java_major:-unknown})"

for svc in "${SERVICES[@]}"; do
  port=$(port_of "$svc")
  port_in_use "$port" && die "port $port for $svc is already in use (set $(echo "${svc%%-*}" | tr a-z A-Z)_PORT to another one)"
done

if $build; then
  echo "Building the services (./mvnw -B -q package -DskipTests) ..."
  ./mvnw -B -q package -DskipTests -pl ingest-service,claims-service,gateway -am
fi
for svc in "${SERVICES[@]}"; do
  [[ -f "$svc/target/quarkus-app/quarkus-run.jar" ]] \
    || die "$svc/target/quarkus-app/quarkus-run.jar is missing: run without --no-build"
done

mkdir -p "$LOG_DIR"
# A new service token every start: the gateway presents it, ingest-service and claims-service refuse
# calls without it. Passed in the environment only, so it shows in neither the logs nor `ps`.
SERVICE_TOKEN="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
[[ ${#SERVICE_TOKEN} -eq 64 ]] || die "could not generate a service token from /dev/urandom"
declare -A PIDS=()

# Output during shutdown may go to a pipe that Ctrl-C already closed (./run.sh | tee): never fail on it.
say() { echo "$@" 2>/dev/null || true; }

stop_all() {
  trap - INT TERM
  say
  say "Stopping ..."
  # Gateway first so nothing new arrives, claims-service last so its store closes after the rest.
  local svc pid waited
  for svc in gateway ingest-service claims-service; do
    pid="${PIDS[$svc]:-}"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || continue
    kill -TERM "$pid" 2>/dev/null || true
    waited=0
    while kill -0 "$pid" 2>/dev/null && ((waited < 300)); do sleep 0.1; waited=$((waited + 1)); done
    if kill -0 "$pid" 2>/dev/null; then
      say "  $svc did not stop within 30 s, killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    say "  $svc stopped"
  done
}

on_signal() { stop_all; exit 0; }
trap on_signal INT TERM
# Any failure after this point must not leave Java processes behind.
trap 'rc=$?; if ((rc != 0)); then stop_all; fi' EXIT

start() {
  local svc="$1"; shift
  local port; port=$(port_of "$svc")
  # JAVA_OPTS is deliberately word-split: it holds several JVM options.
  # shellcheck disable=SC2086
  env "$@" java ${JAVA_OPTS:-} -Dquarkus.http.port="$port" -jar "$svc/target/quarkus-app/quarkus-run.jar" \
    >"$LOG_DIR/$svc.log" 2>&1 &
  PIDS[$svc]=$!
  echo "Started $svc (pid ${PIDS[$svc]}, port $port, log $LOG_DIR/$svc.log)"
}

# JSON log lines can be long: show the last few, cut to a readable width.
log_tail() { tail -n 15 "$LOG_DIR/$1.log" | cut -c1-400 >&2; }

wait_ready() {
  local svc="$1" port url deadline
  port=$(port_of "$svc")
  url="http://$(reach "$(host_of "$svc")"):$port/q/health/ready"
  deadline=$((SECONDS + READY_TIMEOUT))
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    if ! kill -0 "${PIDS[$svc]}" 2>/dev/null; then
      echo "run.sh: $svc exited during startup; last lines of $LOG_DIR/$svc.log:" >&2
      log_tail "$svc"
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      echo "run.sh: $svc was not ready at $url after ${READY_TIMEOUT}s; see $LOG_DIR/$svc.log" >&2
      log_tail "$svc"
      exit 1
    fi
    sleep 1
  done
  echo "  $svc is ready ($url)"
}

start claims-service SERVICE_TOKEN="$SERVICE_TOKEN" QUARKUS_HTTP_HOST="$CLAIMS_HOST"
start ingest-service SERVICE_TOKEN="$SERVICE_TOKEN" QUARKUS_HTTP_HOST="$INGEST_HOST"
start gateway \
  SERVICE_TOKEN="$SERVICE_TOKEN" \
  INGEST_URL="http://$(reach "$INGEST_HOST"):$INGEST_PORT" \
  CLAIMS_URL="http://$(reach "$CLAIMS_HOST"):$CLAIMS_PORT" \
  GATEWAY_API_KEYS="$EDITOR_KEY:editor:dev-editor,$READER_KEY:reader:dev-reader"

for svc in "${SERVICES[@]}"; do wait_ready "$svc"; done

GATEWAY="http://localhost:$GATEWAY_PORT"
echo
echo "Loading the sample documents from $SAMPLES_DIR ..."
response="$LOG_DIR/last-sample-response.json"
for sample in "$SAMPLES_DIR"/*.json; do
  status=$(curl -sS -o "$response" -w '%{http_code}' --max-time 60 \
    -H 'Content-Type: application/json' -H "X-API-Key: $EDITOR_KEY" \
    --data-binary "@$sample" "$GATEWAY/api/v1/documents") || status="no answer"
  case "$status" in
    200|201)
      statements=$(grep -o '"claimId"' "$response" | wc -l | tr -d ' ')
      echo "  $status $(basename "$sample"): $statements statements" ;;
    *)
      echo "  $status $(basename "$sample"): $(head -c 300 "$response" 2>/dev/null)" ;;
  esac
done
rm -f "$response"

cat <<EOF

Claim tracker is running.
  Dashboard:    $GATEWAY/   (keys: $READER_KEY to browse, $EDITOR_KEY to store)
  Gateway API:  $GATEWAY/api/v1
  Swagger UI:   $GATEWAY/q/swagger-ui
  Logs:         $LOG_DIR/

Try:
  curl -s -H 'Content-Type: application/json' -H 'X-API-Key: $EDITOR_KEY' \\
       --data-binary @$SAMPLES_DIR/04-wire-port-strike.json $GATEWAY/api/v1/documents

  curl -s -H 'Content-Type: text/plain' -H 'X-API-Key: $EDITOR_KEY' \\
       --data-binary '"The budget is balanced," Finance Minister Ana Lopes said.' \\
       '$GATEWAY/api/v1/documents?source=Desk'

  curl -s -H 'X-API-Key: $READER_KEY' '$GATEWAY/api/v1/claims?speaker=Katrin%20Vogel&limit=5'

Press Ctrl-C to stop all three services.
EOF

# Sleep in the background so the INT/TERM trap runs at once; stop everything if a service dies.
while true; do
  for svc in "${SERVICES[@]}"; do
    if ! kill -0 "${PIDS[$svc]}" 2>/dev/null; then
      echo "run.sh: $svc exited unexpectedly; last lines of $LOG_DIR/$svc.log:" >&2
      log_tail "$svc"
      exit 1
    fi
  done
  sleep 2 &
  wait $! || true
done
