#!/usr/bin/env bash
# Local Apache Kafka 3.9.1 in KRaft combined mode (broker+controller), without
# Docker: the jars come from Maven Central (infra/kafka/pom.xml) and each broker
# runs as a plain background JVM. One broker by default, or a cluster of N.
#
#   bash infra/kafka/kafka.sh start [--brokers N] | stop | status | reset | kill <node> | start-node <node>
#
# See infra/kafka/README.md for the environment variables and details.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

KAFKA_HOME_DIR="${KAFKA_HOME_DIR:-$REPO_ROOT/.cache/kafka}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
HOST=127.0.0.1

# SASL/SCRAM on the client port when KAFKA_SASL_MECHANISM is set (the same variables the services
# read): the user KAFKA_SASL_USERNAME with KAFKA_SASL_PASSWORD is created when the storage is
# formatted, and the brokers authenticate to each other as that user.
SASL_MECHANISM="$(printf '%s' "${KAFKA_SASL_MECHANISM:-}" | tr '[:lower:]' '[:upper:]')"
SASL_USERNAME="${KAFKA_SASL_USERNAME:-}"
SASL_PASSWORD="${KAFKA_SASL_PASSWORD:-}"
# TLS on the client port when KAFKA_SSL=true, with a certificate authority of this home's own
# (tls/ca.pem, what clients trust through KAFKA_SSL_CA_FILE) made on the first such start.
SSL_ENABLED=false
[[ "$(printf '%s' "${KAFKA_SSL:-}" | tr '[:upper:]' '[:lower:]')" == true ]] && SSL_ENABLED=true
TLS_DIR="$KAFKA_HOME_DIR/tls"

# The jars may be shared by several homes (e.g. the private brokers tests start).
LIBS_DIR="${KAFKA_LIBS_DIR:-$KAFKA_HOME_DIR/libs}"
LIBS_MARKER="$LIBS_DIR/.fetched"
LOG4J_PROPS="$KAFKA_HOME_DIR/log4j.properties"
LOCK_FILE="$KAFKA_HOME_DIR/.lock"
# Number of brokers of the cluster in this home, written by `start`.
SIZE_FILE="$KAFKA_HOME_DIR/brokers"
POM="$SCRIPT_DIR/pom.xml"

# Per-node settings, set by select_node. A single broker lives in KAFKA_HOME_DIR itself; node <id>
# of a cluster lives in KAFKA_HOME_DIR/node-<id> with client port KAFKA_PORT + 2(id-1) and
# controller port KAFKA_CONTROLLER_PORT + 2(id-1).
BROKERS=1
NODE_ID=1
NODE_PORT="$KAFKA_PORT"
NODE_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT"
NODE_DIR="$KAFKA_HOME_DIR"
DATA_DIR="$NODE_DIR/data"
SERVER_PROPS="$NODE_DIR/server.properties"
LOG_FILE="$NODE_DIR/kafka.log"
PID_FILE="$NODE_DIR/kafka.pid"

select_node() {
  NODE_ID="$1"
  NODE_PORT=$((KAFKA_PORT + 2 * (NODE_ID - 1)))
  NODE_CONTROLLER_PORT=$((KAFKA_CONTROLLER_PORT + 2 * (NODE_ID - 1)))
  if ((BROKERS == 1)); then NODE_DIR="$KAFKA_HOME_DIR"; else NODE_DIR="$KAFKA_HOME_DIR/node-$NODE_ID"; fi
  DATA_DIR="$NODE_DIR/data"
  SERVER_PROPS="$NODE_DIR/server.properties"
  LOG_FILE="$NODE_DIR/kafka.log"
  PID_FILE="$NODE_DIR/kafka.pid"
}

# The cluster size of this home: the one it was last started with, else 1.
read_size() {
  BROKERS=1
  [[ -f "$SIZE_FILE" ]] && BROKERS="$(tr -dc '0-9' <"$SIZE_FILE")"
  [[ "$BROKERS" =~ ^[1-9][0-9]*$ ]] || BROKERS=1
}

bootstrap_servers() {
  local list="" i
  for ((i = 1; i <= BROKERS; i++)); do list+="${list:+,}$HOST:$((KAFKA_PORT + 2 * (i - 1)))"; done
  printf '%s' "$list"
}

log() { printf '%s\n' "kafka.sh: $*"; }
err() { printf '%s\n' "kafka.sh: ERROR: $*" >&2; }

usage() {
  cat <<USAGE
usage: bash infra/kafka/kafka.sh <command>

  start [--brokers N]  fetch the jars (first time only), format storage (first time only) and
                       start one broker on $HOST:$KAFKA_PORT, or a KRaft cluster of N brokers on
                       ports $KAFKA_PORT, $((KAFKA_PORT + 2)), ...; no-op if already running
  stop                 stop the broker(s) started by this script (SIGTERM, then SIGKILL)
  status               print running/stopped; exit 0 if running, 3 if not
  reset                stop, then delete the broker data (keeps the jars)
  kill <node>          SIGKILL one broker (outage drills); the others keep serving
  start-node <node>    start that one broker again

env: KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT
     KAFKA_HOME_DIR=$KAFKA_HOME_DIR KAFKA_LIBS_DIR=$LIBS_DIR
     KAFKA_START_TIMEOUT=$KAFKA_START_TIMEOUT KAFKA_HEAP=$KAFKA_HEAP
     KAFKA_SASL_MECHANISM=${KAFKA_SASL_MECHANISM:-} (scram-sha-256|scram-sha-512: SASL/SCRAM on the
     client port, user KAFKA_SASL_USERNAME with KAFKA_SASL_PASSWORD created at format time)
     KAFKA_SSL=${KAFKA_SSL:-} (true: TLS on the client port, certificates of this home's own CA)
USAGE
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

# Print the pid from the selected node's pid file if it is a live kafka.Kafka JVM (zombies and
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
# pom.xml changed since the last fetch). Serialised by a lock beside LIBS_DIR,
# since several homes may share it.
fetch_libs() {
  local want
  want="$(pom_hash)"
  if [[ -f "$LIBS_MARKER" && "$(cat "$LIBS_MARKER")" == "$want" ]]; then
    return 0
  fi
  mkdir -p "$(dirname "$LIBS_DIR")"
  if command -v flock >/dev/null 2>&1; then
    exec 8>"$LIBS_DIR.lock"
    flock -w 900 8 || {
      err "could not acquire $LIBS_DIR.lock"
      exit 1
    }
    if [[ -f "$LIBS_MARKER" && "$(cat "$LIBS_MARKER")" == "$want" ]]; then
      exec 8>&-
      return 0
    fi
  fi
  if ! command -v mvn >/dev/null 2>&1; then
    err "mvn not found and the Kafka jars are not cached in $LIBS_DIR.
  Install Maven (it downloads the jars from Maven Central once):
    apt-get install -y maven"
    exit 2
  fi
  log "fetching Kafka jars with Maven into $LIBS_DIR (first run only) ..."
  local tmp="$LIBS_DIR.tmp.$$"
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
  exec 8>&-
  log "jars cached ($(find "$LIBS_DIR" -name '*.jar' | wc -l) jars)"
}

# The server.properties of the selected node.
write_config() {
  mkdir -p "$DATA_DIR"
  cp "$SCRIPT_DIR/log4j.properties" "$LOG4J_PROPS"
  cp "$SCRIPT_DIR/tools-log4j.properties" "$KAFKA_HOME_DIR/tools-log4j.properties"
  local voters="" i rf min_isr
  for ((i = 1; i <= BROKERS; i++)); do
    voters+="${voters:+,}$i@$HOST:$((KAFKA_CONTROLLER_PORT + 2 * (i - 1)))"
  done
  # One copy per broker up to three; two of three must acknowledge a write.
  rf=$((BROKERS < 3 ? BROKERS : 3))
  min_isr=$((rf >= 3 ? 2 : 1))
  local client_listener=PLAINTEXT
  if [[ -n "$SASL_MECHANISM" && "$SSL_ENABLED" == true ]]; then
    client_listener=SASL_SSL
  elif [[ -n "$SASL_MECHANISM" ]]; then
    client_listener=SASL_PLAINTEXT
  elif [[ "$SSL_ENABLED" == true ]]; then
    client_listener=SSL
  fi
  rm -f "$SERVER_PROPS"
  (umask 077 && : >"$SERVER_PROPS")
  cat >"$SERVER_PROPS" <<PROPS
# Generated by infra/kafka/kafka.sh on each start - do not edit, edit the script.
# KRaft combined mode (broker + controller in one JVM), node $NODE_ID of $BROKERS.
process.roles=broker,controller
node.id=$NODE_ID
controller.quorum.voters=$voters
listeners=$client_listener://$HOST:$NODE_PORT,CONTROLLER://$HOST:$NODE_CONTROLLER_PORT
advertised.listeners=$client_listener://$HOST:$NODE_PORT
inter.broker.listener.name=$client_listener
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,$client_listener:$client_listener
log.dirs=$DATA_DIR

# Internal and default topics: replication factor $rf, min.insync.replicas $min_isr.
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$min_isr
transaction.state.log.num.partitions=1
default.replication.factor=$rf
min.insync.replicas=$min_isr

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
PROPS
  if [[ -n "$SASL_MECHANISM" ]]; then
    local mechanism_lower listener_lower
    mechanism_lower="$(printf '%s' "$SASL_MECHANISM" | tr '[:upper:]' '[:lower:]')"
    listener_lower="$(printf '%s' "$client_listener" | tr '[:upper:]' '[:lower:]')"
    cat >>"$SERVER_PROPS" <<PROPS

# SASL/SCRAM ($SASL_MECHANISM) on the client port; the brokers authenticate to each other too.
sasl.enabled.mechanisms=$SASL_MECHANISM
sasl.mechanism.inter.broker.protocol=$SASL_MECHANISM
listener.name.$listener_lower.$mechanism_lower.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$SASL_USERNAME" password="$SASL_PASSWORD";
PROPS
  fi
  if [[ "$SSL_ENABLED" == true ]]; then
    cat >>"$SERVER_PROPS" <<PROPS

# TLS on the client port: a certificate for 127.0.0.1 signed by this home's authority ($TLS_DIR/ca.pem).
ssl.keystore.type=PEM
ssl.keystore.location=$TLS_DIR/broker-keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=$TLS_DIR/ca.pem
ssl.client.auth=none
ssl.endpoint.identification.algorithm=https
PROPS
  fi
}

# A certificate authority of this home's own and a broker certificate for 127.0.0.1 (made once).
ensure_tls() {
  [[ "$SSL_ENABLED" == true ]] || return 0
  [[ -f "$TLS_DIR/broker-keystore.pem" && -f "$TLS_DIR/ca.pem" ]] && return 0
  if ! command -v openssl >/dev/null 2>&1; then
    err "KAFKA_SSL=true needs openssl to make the local certificates"
    exit 2
  fi
  mkdir -p "$TLS_DIR"
  chmod 700 "$TLS_DIR"
  (
    cd "$TLS_DIR"
    umask 077
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 825 \
      -subj "/CN=Sinergi local Kafka CA" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout broker.key -out broker.csr -subj "/CN=$HOST" 2>/dev/null
    printf 'subjectAltName=IP:%s,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n' "$HOST" >broker.ext
    openssl x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out broker.pem \
      -days 825 -extfile broker.ext 2>/dev/null
    cat broker.key broker.pem >broker-keystore.pem
    chmod 644 ca.pem
    rm -f broker.csr broker.ext
  ) || {
    err "openssl could not make the local certificates in $TLS_DIR"
    exit 1
  }
  log "made a certificate authority ($TLS_DIR/ca.pem: trust it with KAFKA_SSL_CA_FILE) and a broker certificate"
}

# Refuses an incomplete or unusable SASL setting before anything is written.
check_sasl() {
  [[ -z "$SASL_MECHANISM" && -z "$SASL_USERNAME" && -z "$SASL_PASSWORD" ]] && return 0
  case "$SASL_MECHANISM" in
    SCRAM-SHA-256 | SCRAM-SHA-512) ;;
    "")
      err "KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD need KAFKA_SASL_MECHANISM (scram-sha-256 or scram-sha-512)"
      exit 64
      ;;
    *)
      err "KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512, not ${KAFKA_SASL_MECHANISM}"
      exit 64
      ;;
  esac
  # The values go into a JAAS line and a --add-scram argument: no quotes, commas or brackets.
  if ! [[ "$SASL_USERNAME" =~ ^[A-Za-z0-9._~-]+$ ]]; then
    err "KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM (letters, digits, . _ ~ -)"
    exit 64
  fi
  if ! [[ "$SASL_PASSWORD" =~ ^[A-Za-z0-9._~-]{8,}$ ]]; then
    err "KAFKA_SASL_PASSWORD is required with KAFKA_SASL_MECHANISM (8 or more letters, digits, . _ ~ -)"
    exit 64
  fi
}

# What the storage of a home was formatted with: "none" or "<MECHANISM> <user>".
sasl_identity() {
  if [[ -n "$SASL_MECHANISM" ]]; then printf '%s %s' "$SASL_MECHANISM" "$SASL_USERNAME"; else printf 'none'; fi
}

# A home formatted without the SCRAM user (or with another) cannot start with this setting.
check_sasl_matches_storage() {
  local marker="$NODE_DIR/sasl" formatted
  [[ -f "$DATA_DIR/meta.properties" ]] || return 0
  formatted="$(cat "$marker" 2>/dev/null || printf 'none')"
  if [[ "$formatted" != "$(sasl_identity)" ]]; then
    err "$DATA_DIR was formatted with SASL setting '$formatted', not '$(sasl_identity)'" \
      "(SCRAM users are created when the storage is formatted); run reset first"
    exit 1
  fi
}

# Formats the selected node's storage (first start only) with the cluster's id.
format_storage() {
  local cluster_id="$1"
  [[ -f "$DATA_DIR/meta.properties" ]] && return 0
  local scram=()
  # KRaft keeps SCRAM credentials in the cluster metadata: the first user is written at format time.
  [[ -n "$SASL_MECHANISM" ]] &&
    scram=(--add-scram "$SASL_MECHANISM=[name=$SASL_USERNAME,password=$SASL_PASSWORD]")
  if ! java -Dlog4j.configuration="file:$LOG4J_PROPS" -cp "$LIBS_DIR/*" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$SERVER_PROPS" ${scram[@]+"${scram[@]}"} \
    >>"$LOG_FILE" 2>&1; then
    err "formatting $DATA_DIR failed; last lines of $LOG_FILE:"
    tail -n 30 "$LOG_FILE" >&2 || true
    exit 1
  fi
  sasl_identity >"$NODE_DIR/sasl"
  log "formatted $DATA_DIR (cluster id $cluster_id${SASL_MECHANISM:+, $SASL_MECHANISM user $SASL_USERNAME})"
}

# The id of the cluster in this home: read from a formatted node, else a new one.
cluster_id() {
  local i meta
  for ((i = 1; i <= BROKERS; i++)); do
    select_node "$i"
    meta="$DATA_DIR/meta.properties"
    if [[ -f "$meta" ]]; then
      sed -n 's/^cluster.id=//p' "$meta"
      return 0
    fi
  done
  java -Dlog4j.configuration="file:$LOG4J_PROPS" -cp "$LIBS_DIR/*" \
    kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1
}

print_log_tail() {
  printf '%s\n' "----- last 30 lines of $LOG_FILE -----" >&2
  tail -n 30 "$LOG_FILE" >&2 2>/dev/null || true
  printf '%s\n' "--------------------------------------" >&2
}

# Wait until the selected node logged "Kafka Server started" (after byte offset $2 of
# the log) and its port accepts connections.
wait_ready() {
  local pid="$1" offset="$2" start now elapsed=0 ticks=0 started=""
  start="$(date +%s)"
  printf 'kafka.sh: waiting for kafka on %s:%s ' "$HOST" "$NODE_PORT"
  while :; do
    if [[ -z "$started" ]] &&
      grep -q "Kafka Server started" < <(tail -c "+$((offset + 1))" "$LOG_FILE" 2>/dev/null); then
      started=1
    fi
    if [[ -n "$started" ]] && port_open "$NODE_PORT"; then
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
      err "kafka did not become ready on $HOST:$NODE_PORT within ${KAFKA_START_TIMEOUT}s" \
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

# Launches the selected node's JVM in the background; prints "<pid> <log offset>".
launch_node() {
  # Keep the appended log bounded: rotate once it passes 50 MiB.
  if [[ -f "$LOG_FILE" ]] && (($(wc -c <"$LOG_FILE") > 52428800)); then
    mv -f "$LOG_FILE" "$LOG_FILE.1"
  fi
  touch "$LOG_FILE"
  local offset heap_opts pid
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
    >>"$LOG_FILE" 2>&1 </dev/null 9>&- 8>&- &
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
  log "started kafka node $NODE_ID (pid $pid), log: $LOG_FILE" >&2
  printf '%s %s\n' "$pid" "$offset"
}

# Refuses ports taken by something else; returns 10 when an external broker already serves.
check_ports() {
  if port_open "$NODE_PORT"; then
    if ((BROKERS == 1)) && kafka_answers "$NODE_PORT"; then
      log "an external Kafka broker (not started by kafka.sh) already listens on" \
        "$HOST:$NODE_PORT; leaving it alone and using it (KAFKA_BROKERS=$HOST:$NODE_PORT)"
      return 10
    fi
    err "port $NODE_PORT on $HOST is already in use by another process" \
      "($(who_listens "$NODE_PORT"))" \
      "that was not started from $KAFKA_HOME_DIR; stop it or set KAFKA_PORT to a free port"
    exit 1
  fi
  if port_open "$NODE_CONTROLLER_PORT"; then
    err "controller port $NODE_CONTROLLER_PORT on $HOST is already in use by another process" \
      "($(who_listens "$NODE_CONTROLLER_PORT")); stop it or set KAFKA_CONTROLLER_PORT to a free port"
    exit 1
  fi
}

# ---------------------------------------------------------------- commands

cmd_start() {
  local want=1
  while (($# > 0)); do
    case "$1" in
      --brokers)
        want="${2:-}"
        shift 2 || true
        ;;
      --brokers=*)
        want="${1#--brokers=}"
        shift
        ;;
      *)
        err "unknown option $1"
        usage >&2
        exit 64
        ;;
    esac
  done
  if ! [[ "$want" =~ ^[1-9]$ ]]; then
    err "--brokers takes a number from 1 to 9"
    exit 64
  fi
  check_sasl
  take_lock
  local previous
  read_size
  previous="$BROKERS"
  if [[ -f "$SIZE_FILE" ]] && ((previous != want)); then
    select_node 1
    if live_pid >/dev/null; then
      err "a cluster of $previous broker(s) runs from $KAFKA_HOME_DIR; stop it first"
      exit 1
    fi
    if [[ -d "$KAFKA_HOME_DIR/data" || -d "$KAFKA_HOME_DIR/node-1" ]]; then
      err "$KAFKA_HOME_DIR holds the data of a $previous-broker cluster; run reset first"
      exit 1
    fi
  fi
  BROKERS="$want"

  local i pid to_start=() external=0
  for ((i = 1; i <= BROKERS; i++)); do
    select_node "$i"
    if pid="$(live_pid)"; then
      continue
    fi
    rm -f "$PID_FILE"
    local rc=0
    check_ports || rc=$?
    if ((rc == 10)); then
      external=1
      continue
    fi
    to_start+=("$i")
  done
  if ((external == 1)); then return 0; fi
  if ((${#to_start[@]} == 0)); then
    # Already running: wait for each node to answer.
    for ((i = 1; i <= BROKERS; i++)); do
      select_node "$i"
      pid="$(live_pid)"
      port_open "$NODE_PORT" || wait_ready "$pid" 0 || exit 1
    done
    log "kafka already running ($(bootstrap_servers))"
    return 0
  fi

  require_java
  fetch_libs
  mkdir -p "$KAFKA_HOME_DIR"
  printf '%s\n' "$BROKERS" >"$SIZE_FILE"
  cp "$SCRIPT_DIR/log4j.properties" "$LOG4J_PROPS"
  local id
  id="$(cluster_id)"
  if [[ -z "$id" ]]; then
    err "kafka.tools.StorageTool random-uuid failed"
    exit 1
  fi
  local launched=()
  for i in "${to_start[@]}"; do
    select_node "$i"
    check_sasl_matches_storage
  done
  ensure_tls
  for i in "${to_start[@]}"; do
    select_node "$i"
    write_config
    touch "$LOG_FILE"
    format_storage "$id"
    launched+=("$i $(launch_node)")
  done
  # A cluster's brokers start only once a quorum of controllers is up: launch all, then wait.
  local entry node offset
  for entry in "${launched[@]}"; do
    read -r node pid offset <<<"$entry"
    select_node "$node"
    wait_ready "$pid" "$offset" || exit 1
  done
  local security=""
  [[ "$SSL_ENABLED" == true ]] && security="TLS, CA $TLS_DIR/ca.pem"
  [[ -n "$SASL_MECHANISM" ]] && security+="${security:+, }$SASL_MECHANISM"
  log "kafka ready on $(bootstrap_servers)${security:+ ($security)} in $((SECONDS))s"
}

cmd_stop() {
  take_lock
  read_size
  local i pid any=0
  for ((i = 1; i <= BROKERS; i++)); do
    select_node "$i"
    if pid="$(live_pid)"; then
      any=1
      log "stopping kafka node $i (pid $pid) ..."
      stop_pid "$pid"
    fi
    rm -f "$PID_FILE"
  done
  if ((any == 0)); then
    select_node 1
    if port_open "$NODE_PORT" && kafka_answers "$NODE_PORT"; then
      log "kafka not running (the broker on $HOST:$NODE_PORT was not started by kafka.sh; left alone)"
    else
      log "kafka not running"
    fi
    return 0
  fi
  log "kafka stopped"
}

cmd_status() {
  read_size
  local i pid up=0 lines=()
  for ((i = 1; i <= BROKERS; i++)); do
    select_node "$i"
    if pid="$(live_pid)" && port_open "$NODE_PORT"; then
      up=$((up + 1))
      lines+=("node $i pid $pid $HOST:$NODE_PORT")
    elif pid="$(live_pid)"; then
      lines+=("node $i pid $pid starting")
    else
      lines+=("node $i stopped")
    fi
  done
  if ((BROKERS == 1)); then
    select_node 1
    if pid="$(live_pid)"; then
      if port_open "$NODE_PORT"; then
        echo "kafka running (pid $pid, $HOST:$NODE_PORT, controller $HOST:$NODE_CONTROLLER_PORT, home $KAFKA_HOME_DIR)"
        return 0
      fi
      echo "kafka starting (pid $pid, $HOST:$NODE_PORT not answering yet)"
      return 3
    fi
    if port_open "$NODE_PORT" && kafka_answers "$NODE_PORT"; then
      echo "kafka running (external broker on $HOST:$NODE_PORT, not started by kafka.sh)"
      return 0
    fi
    echo "kafka stopped (port $NODE_PORT)"
    return 3
  fi
  if ((up > 0)); then
    echo "kafka running ($up of $BROKERS brokers up, home $KAFKA_HOME_DIR: $(printf '%s; ' "${lines[@]}" | sed 's/; $//'))"
    return 0
  fi
  echo "kafka stopped ($BROKERS brokers, home $KAFKA_HOME_DIR)"
  return 3
}

cmd_reset() {
  cmd_stop
  local i
  for ((i = 1; i <= BROKERS; i++)); do
    select_node "$i"
    rm -rf "$DATA_DIR" "$SERVER_PROPS"
    ((BROKERS > 1)) && rm -rf "$NODE_DIR"
  done
  rm -f "$SIZE_FILE"
  log "data deleted; jars kept in $LIBS_DIR"
}

node_arg() {
  read_size
  if ! [[ "${1:-}" =~ ^[1-9]$ ]] || (("$1" > BROKERS)); then
    err "node must be a number from 1 to $BROKERS"
    exit 64
  fi
  select_node "$1"
}

cmd_kill() {
  take_lock
  node_arg "${1:-}"
  local pid
  if ! pid="$(live_pid)"; then
    log "kafka node $NODE_ID not running"
    return 0
  fi
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null && [[ -n "$(tr -d '\0' <"/proc/$pid/cmdline" 2>/dev/null)" ]]; do
    sleep 0.1
  done
  rm -f "$PID_FILE"
  log "killed kafka node $NODE_ID (pid $pid, $HOST:$NODE_PORT)"
}

cmd_start_node() {
  take_lock
  node_arg "${1:-}"
  local pid offset
  if pid="$(live_pid)"; then
    log "kafka node $NODE_ID already running (pid $pid)"
    return 0
  fi
  check_ports || true
  check_sasl
  check_sasl_matches_storage
  require_java
  fetch_libs
  ensure_tls
  write_config
  read -r pid offset <<<"$(launch_node)"
  wait_ready "$pid" "$offset" || exit 1
  log "kafka node $NODE_ID ready on $HOST:$NODE_PORT"
}

command="${1:-}"
shift || true
case "$command" in
  start) cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  kill) cmd_kill "$@" ;;
  start-node) cmd_start_node "$@" ;;
  -h | --help | help) usage ;;
  *)
    usage >&2
    exit 64
    ;;
esac
