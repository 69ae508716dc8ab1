#!/usr/bin/env bash
# Local Apache Kafka 3.9.1 broker in KRaft combined mode (broker+controller),
# without Docker: the jars come from Maven Central (infra/kafka/pom.xml) and
# the broker runs as a plain background JVM.
#
#   bash infra/kafka/kafka.sh start|stop|status|reset
#
# See infra/kafka/README.md for the environment variables and details.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

KAFKA_HOME_DIR="${KAFKA_HOME_DIR:-$REPO_ROOT/.cache/kafka}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
HOST=127.0.0.1

LIBS_DIR="$KAFKA_HOME_DIR/libs"
LIBS_MARKER="$LIBS_DIR/.fetched"
DATA_DIR="$KAFKA_HOME_DIR/data"
SERVER_PROPS="$KAFKA_HOME_DIR/server.properties"
LOG4J_PROPS="$KAFKA_HOME_DIR/log4j.properties"
LOG_FILE="$KAFKA_HOME_DIR/kafka.log"
PID_FILE="$KAFKA_HOME_DIR/kafka.pid"
LOCK_FILE="$KAFKA_HOME_DIR/.lock"
POM="$SCRIPT_DIR/pom.xml"

log() { printf '%s\n' "kafka.sh: $*"; }
err() { printf '%s\n' "kafka.sh: ERROR: $*" >&2; }

usage() {
  cat <<EOF
usage: bash infra/kafka/kafka.sh <start|stop|status|reset>

  start   fetch the jars (first time only), format storage (first time only)
          and start the broker on $HOST:$KAFKA_PORT; no-op if already running
  stop    stop the broker started by this script (SIGTERM, then SIGKILL)
  status  print running/stopped; exit 0 if running, 3 if not
  reset   stop, then delete the broker data (keeps the jars)

env: KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT
     KAFKA_HOME_DIR=$KAFKA_HOME_DIR
     KAFKA_START_TIMEOUT=$KAFKA_START_TIMEOUT KAFKA_HEAP=$KAFKA_HEAP
EOF
}

# ---------------------------------------------------------------- helpers

# Serialise start/stop/reset so two concurrent callers (e.g. parallel test
# runners) cannot launch two brokers. The lock is fd 9; the broker JVM is
# launched with fd 9 closed so it does not hold the lock after we exit.
take_lock() {
  mkdir -p "$KAFKA_HOME_DIR"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$LOCK_FILE"
    if ! flock -w $((KAFKA_START_TIMEOUT + KAFKA_STOP_TIMEOUT + 600)) 9; then
      err "could not acquire $LOCK_FILE (another kafka.sh still running?)"
      exit 1
    fi
  fi
}

# True if something accepts TCP connections on $HOST:$1.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" >/dev/null 2>&1
}

# True if a Kafka broker answers on $HOST:$1: sends an ApiVersions v0 request
# (api_key 18, correlation id 0x2a, client id "probe") and checks that the
# response echoes the correlation id.
kafka_answers() {
  local port="$1"
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "\x00\x00\x00\x0f\x00\x12\x00\x00\x00\x00\x00\x2a\x00\x05probe" >&3
    resp="$(head -c 8 <&3 | od -An -tx1 | tr -d " \n")"
    [[ "${resp:8:8}" == "0000002a" ]]
  ' "$HOST" "$port" >/dev/null 2>&1
}

# Print the pid from the pid file if it is a live kafka.Kafka JVM (zombies and
# recycled pids are rejected because their command line does not match).
live_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid cmd
  pid="$(tr -dc '0-9' <"$PID_FILE" 2>/dev/null || true)"
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  else
    cmd="$(ps -o args= -p "$pid" 2>/dev/null || true)"
  fi
  [[ "$cmd" == *kafka.Kafka* ]] || return 1
  printf '%s\n' "$pid"
}

who_listens() {
  if command -v ss >/dev/null 2>&1; then
    ss -H -ltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:(\(.*\))/\1/p' | head -1
  fi
}

require_java() {
  if ! command -v java >/dev/null 2>&1; then
    err "java not found. Kafka needs a Java 11+ runtime (17 recommended):
    apt-get install -y openjdk-17-jre-headless
  or run Kafka in Docker instead: docker compose up kafka"
    exit 2
  fi
  local ver major
  ver="$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
  major="${ver%%.*}"
  [[ "$major" == 1 ]] && major="$(echo "$ver" | cut -d. -f2)"
  if [[ "$major" =~ ^[0-9]+$ ]] && ((major < 11)); then
    err "java $ver is too old; Kafka 3.9 needs Java 11+ (17 recommended):
    apt-get install -y openjdk-17-jre-headless"
    exit 2
  fi
}

pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

# Download the broker jars with Maven, only when they are not cached yet (or
# pom.xml changed since the last fetch).
fetch_libs() {
  local want
  want="$(pom_hash)"
  if [[ -f "$LIBS_MARKER" && "$(cat "$LIBS_MARKER")" == "$want" ]]; then
    return 0
  fi
  if ! command -v mvn >/dev/null 2>&1; then
    err "mvn not found and the Kafka jars are not cached in $LIBS_DIR.
  Install Maven (it downloads the jars from Maven Central once):
    apt-get install -y maven"
    exit 2
  fi
  log "fetching Kafka jars with Maven into $LIBS_DIR (first run only) ..."
  local tmp="$KAFKA_HOME_DIR/libs.tmp.$$"
  rm -rf "$tmp"
  if ! mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
    -DoutputDirectory="$tmp"; then
    rm -rf "$tmp"
    err "maven could not fetch the Kafka jars (see output above)"
    exit 1
  fi
  if ! compgen -G "$tmp/kafka_2.13-*.jar" >/dev/null; then
    rm -rf "$tmp"
    err "maven succeeded but kafka_2.13 jar is missing from the copied jars"
    exit 1
  fi
  rm -rf "$LIBS_DIR"
  mv "$tmp" "$LIBS_DIR"
  printf '%s\n' "$want" >"$LIBS_MARKER"
  log "jars cached ($(find "$LIBS_DIR" -name '*.jar' | wc -l) jars)"
}

write_config() {
  mkdir -p "$DATA_DIR"
  cp "$SCRIPT_DIR/log4j.properties" "$LOG4J_PROPS"
  cp "$SCRIPT_DIR/tools-log4j.properties" "$KAFKA_HOME_DIR/tools-log4j.properties"
  cat >"$SERVER_PROPS" <<EOF
# Generated by infra/kafka/kafka.sh on each start - do not edit, edit the script.
# Single-node KRaft combined mode (broker + controller in one JVM).
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA_DIR

# Single node: every internal topic has one replica.
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
default.replication.factor=1
min.insync.replicas=1

# Fast consumer-group joins in tests.
group.initial.rebalance.delay.ms=0
group.min.session.timeout.ms=1000

# Topics are created explicitly (npm run topics), never implicitly.
auto.create.topics.enable=false
delete.topic.enable=true
num.partitions=3

# Small footprint for a dev/CI machine.
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.segment.bytes=16777216
log.retention.hours=24
log.retention.check.interval.ms=60000
log.cleaner.dedupe.buffer.size=16777216
EOF
}

format_storage() {
  [[ -f "$DATA_DIR/meta.properties" ]] && return 0
  local cluster_id
  cluster_id="$(java -Dlog4j.configuration="file:$LOG4J_PROPS" -cp "$LIBS_DIR/*" \
    kafka.tools.StorageTool random-uuid 2>>"$LOG_FILE" | tail -1)"
  if [[ -z "$cluster_id" ]]; then
    err "kafka.tools.StorageTool random-uuid failed; see $LOG_FILE"
    exit 1
  fi
  if ! java -Dlog4j.configuration="file:$LOG4J_PROPS" -cp "$LIBS_DIR/*" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$SERVER_PROPS" >>"$LOG_FILE" 2>&1; then
    err "formatting $DATA_DIR failed; last lines of $LOG_FILE:"
    tail -n 30 "$LOG_FILE" >&2 || true
    exit 1
  fi
  log "formatted $DATA_DIR (cluster id $cluster_id)"
}

print_log_tail() {
  printf '%s\n' "----- last 30 lines of $LOG_FILE -----" >&2
  tail -n 30 "$LOG_FILE" >&2 2>/dev/null || true
  printf '%s\n' "--------------------------------------" >&2
}

# Wait until the broker logged "Kafka Server started" (after byte offset $2 of
# the log) and the port accepts connections.
wait_ready() {
  local pid="$1" offset="$2" start now elapsed=0 ticks=0 started=""
  start="$(date +%s)"
  printf 'kafka.sh: waiting for kafka on %s:%s ' "$HOST" "$KAFKA_PORT"
  while :; do
    if [[ -z "$started" ]] &&
      grep -q "Kafka Server started" < <(tail -c "+$((offset + 1))" "$LOG_FILE" 2>/dev/null); then
      started=1
    fi
    if [[ -n "$started" ]] && port_open "$KAFKA_PORT"; then
      printf ' ok\n'
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null || [[ -z "$(tr -d '\0' <"/proc/$pid/cmdline" 2>/dev/null || echo x)" ]]; then
      printf ' failed\n'
      err "kafka (pid $pid) exited during startup"
      print_log_tail
      rm -f "$PID_FILE"
      return 1
    fi
    now="$(date +%s)"
    elapsed=$((now - start))
    if ((elapsed >= KAFKA_START_TIMEOUT)); then
      printf ' timeout\n'
      err "kafka did not become ready on $HOST:$KAFKA_PORT within ${KAFKA_START_TIMEOUT}s" \
        "(KAFKA_START_TIMEOUT); stopping pid $pid"
      print_log_tail
      stop_pid "$pid" >/dev/null 2>&1 || true
      rm -f "$PID_FILE"
      return 1
    fi
    sleep 0.5
    ticks=$((ticks + 1))
    ((ticks % 2 == 0)) && printf '.'
  done
}

stop_pid() {
  local pid="$1" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    # A zombie (our own child that already exited) is gone for good.
    [[ -z "$(tr -d '\0' <"/proc/$pid/cmdline" 2>/dev/null || echo x)" ]] && break
    if ((waited >= KAFKA_STOP_TIMEOUT * 2)); then
      log "pid $pid still alive after ${KAFKA_STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
}

# ---------------------------------------------------------------- commands

cmd_start() {
  take_lock
  local pid
  if pid="$(live_pid)"; then
    if port_open "$KAFKA_PORT"; then
      log "kafka already running (pid $pid, $HOST:$KAFKA_PORT)"
      return 0
    fi
    log "kafka process $pid is alive but $HOST:$KAFKA_PORT does not answer yet"
    wait_ready "$pid" 0 || exit 1
    log "kafka already running (pid $pid, $HOST:$KAFKA_PORT)"
    return 0
  fi
  rm -f "$PID_FILE"

  # Port taken by something we did not start.
  if port_open "$KAFKA_PORT"; then
    if kafka_answers "$KAFKA_PORT"; then
      log "an external Kafka broker (not started by kafka.sh) already listens on" \
        "$HOST:$KAFKA_PORT; leaving it alone and using it (KAFKA_BROKERS=$HOST:$KAFKA_PORT)"
      return 0
    fi
    err "port $KAFKA_PORT on $HOST is already in use by another process" \
      "($(who_listens "$KAFKA_PORT"))" \
      "that is not a Kafka broker; stop it or set KAFKA_PORT to a free port"
    exit 1
  fi
  if port_open "$KAFKA_CONTROLLER_PORT"; then
    err "controller port $KAFKA_CONTROLLER_PORT on $HOST is already in use by another process" \
      "($(who_listens "$KAFKA_CONTROLLER_PORT")); stop it or set KAFKA_CONTROLLER_PORT to a free port"
    exit 1
  fi

  require_java
  fetch_libs
  write_config
  # Keep the appended log bounded: rotate once it passes 50 MiB.
  if [[ -f "$LOG_FILE" ]] && (($(wc -c <"$LOG_FILE") > 52428800)); then
    mv -f "$LOG_FILE" "$LOG_FILE.1"
  fi
  touch "$LOG_FILE"
  format_storage

  local offset heap_opts
  if [[ "$KAFKA_HEAP" =~ ^[0-9]+[kKmMgG]?$ ]]; then
    heap_opts=("-Xms$KAFKA_HEAP" "-Xmx$KAFKA_HEAP")
  else
    # shellcheck disable=SC2206 # e.g. KAFKA_HEAP="-Xms256m -Xmx1g"
    heap_opts=($KAFKA_HEAP)
  fi
  printf '\n===== kafka.sh start %s =====\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$LOG_FILE"
  offset="$(wc -c <"$LOG_FILE" | tr -d ' ')"

  local launcher=()
  command -v setsid >/dev/null 2>&1 && launcher=(setsid)
  # The inner bash writes its own pid and then execs the JVM, so the pid file
  # holds the JVM's pid even when setsid has to fork.
  rm -f "$PID_FILE"
  # shellcheck disable=SC2016 # expanded by the inner bash
  ${launcher[@]+"${launcher[@]}"} nohup bash -c 'echo $$ >"$1"; shift; exec "$@"' kafka-launcher "$PID_FILE" \
    java "${heap_opts[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent \
    -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$LOG4J_PROPS" \
    -cp "$LIBS_DIR/*" kafka.Kafka "$SERVER_PROPS" \
    >>"$LOG_FILE" 2>&1 </dev/null 9>&- &
  for _ in $(seq 1 50); do
    [[ -s "$PID_FILE" ]] && break
    sleep 0.1
  done
  pid="$(tr -dc '0-9' <"$PID_FILE" 2>/dev/null || true)"
  if [[ -z "$pid" ]]; then
    err "could not launch java (no pid written)"
    print_log_tail
    exit 1
  fi
  log "started kafka (pid $pid), log: $LOG_FILE"
  wait_ready "$pid" "$offset" || exit 1
  log "kafka ready on $HOST:$KAFKA_PORT (pid $pid) in $((SECONDS))s"
}

cmd_stop() {
  take_lock
  local pid
  if ! pid="$(live_pid)"; then
    rm -f "$PID_FILE"
    if port_open "$KAFKA_PORT" && kafka_answers "$KAFKA_PORT"; then
      log "kafka not running (the broker on $HOST:$KAFKA_PORT was not started by kafka.sh; left alone)"
    else
      log "kafka not running"
    fi
    return 0
  fi
  log "stopping kafka (pid $pid) ..."
  stop_pid "$pid"
  rm -f "$PID_FILE"
  log "kafka stopped"
}

cmd_status() {
  local pid
  if pid="$(live_pid)"; then
    if port_open "$KAFKA_PORT"; then
      echo "kafka running (pid $pid, $HOST:$KAFKA_PORT, controller $HOST:$KAFKA_CONTROLLER_PORT, home $KAFKA_HOME_DIR)"
    else
      echo "kafka starting (pid $pid, $HOST:$KAFKA_PORT not answering yet)"
      return 3
    fi
    return 0
  fi
  if port_open "$KAFKA_PORT" && kafka_answers "$KAFKA_PORT"; then
    echo "kafka running (external broker on $HOST:$KAFKA_PORT, not started by kafka.sh)"
    return 0
  fi
  echo "kafka stopped (port $KAFKA_PORT)"
  return 3
}

cmd_reset() {
  cmd_stop
  rm -rf "$DATA_DIR" "$SERVER_PROPS"
  log "data deleted ($DATA_DIR); jars kept in $LIBS_DIR"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  -h | --help | help) usage ;;
  *)
    usage >&2
    exit 64
    ;;
esac
