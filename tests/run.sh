#!/usr/bin/env bash
# Runs every test of DiplomacySim: the format check, then `dotnet test DiplomacySim.sln` against a
# throwaway PostgreSQL cluster that lives only as long as this script.
#
#   tests/run.sh                                   # everything
#   tests/run.sh --filter FullyQualifiedName~Login # extra arguments go to `dotnet test`
#   SKIP_FORMAT=1 tests/run.sh                     # skip `dotnet format --verify-no-changes`
#
# The last line of output is always `N passed, N failed, N skipped` (summed over the TRX files in
# artifacts/test-results). The exit status is non-zero when the format check, the build or a test
# failed, or when no test ran.
#
# The browser tests drive Debian's Chromium (/usr/bin/chromium) through Playwright; find_chromium
# installs it with apt-get when root. The server's build needs npm (for the browser's packages).
#
# Services the tests need (PostgreSQL, then Redis) follow one pattern:
#   find_<service>   locate the binaries, installing the Debian package with `apt_install` when root;
#   start_<service>  start it in a folder under $WORK_DIR on a free port on 127.0.0.1 and export the
#                    DIPLOMACYSIM_TEST_<SERVICE> variable the tests read;
#   stop_<service>   registered with `on_exit` by start_<service>, so that it runs however the
#                    script ends (success, failure, Ctrl-C, SIGTERM).
#
# Functions that run from traps and from on_exit look unreachable to shellcheck:
# shellcheck disable=SC2317

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

SOLUTION=DiplomacySim.sln
RESULTS_DIR="$REPO_ROOT/artifacts/test-results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_GENERATE_ASPNET_CERTIFICATE=false
export DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1

log() { printf '== %s\n' "$*"; }
fail() { printf '== error: %s\n' "$*" >&2; exit 1; }
is_root() { [[ $EUID -eq 0 ]]; }

# ---------------------------------------------------------------------------------------------
# Cleanup: every step registered with on_exit runs once, newest first, however the script ends.
# ---------------------------------------------------------------------------------------------
EXIT_STEPS=()
WORK_DIR=""
TEST_PID=""
SUMMARY_PRINTED=""

on_exit() { EXIT_STEPS+=("$1"); }

run_exit_steps() {
  local i
  for ((i = ${#EXIT_STEPS[@]} - 1; i >= 0; i--)); do
    "${EXIT_STEPS[i]}" >/dev/null 2>&1 || true
  done
  EXIT_STEPS=()
}

# The processes `dotnet test` started (MSBuild, vstest, testhost), children first.
descendants_of() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    descendants_of "$child"
    echo "$child"
  done
}

stop_tests() {
  [[ -n $TEST_PID ]] || return 0
  local pids
  pids="$(descendants_of "$TEST_PID") $TEST_PID"
  # shellcheck disable=SC2086 # a list of pids
  kill -TERM $pids 2>/dev/null || true
  local waited=0
  while kill -0 "$TEST_PID" 2>/dev/null && ((waited < 50)); do
    sleep 0.2
    waited=$((waited + 1))
  done
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
  wait "$TEST_PID" 2>/dev/null || true
  TEST_PID=""
}

on_signal() {
  trap '' INT TERM
  printf '\n== interrupted: stopping the tests and the services\n' >&2
  stop_tests
  exit "$1"
}

on_script_exit() {
  local status=$?
  trap '' INT TERM
  stop_tests
  run_exit_steps
  if [[ -z $SUMMARY_PRINTED ]]; then
    print_summary
    ((status != 0)) || status=1
  fi
  exit "$status"
}

trap on_script_exit EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

# ---------------------------------------------------------------------------------------------
# Results: sum the <Counters .../> of every TRX file.
# ---------------------------------------------------------------------------------------------
PASSED=0
FAILED=0
SKIPPED=0

trx_attribute() { # <counters element> <attribute>
  local value
  value="$(printf '%s' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9][0-9]*' || true)"
  echo "${value:-0}"
}

count_results() {
  PASSED=0
  FAILED=0
  SKIPPED=0
  local trx counters total passed failed
  shopt -s nullglob globstar
  for trx in "$RESULTS_DIR"/**/*.trx; do
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)"
    [[ -n $counters ]] || continue
    total="$(trx_attribute "$counters" total)"
    passed="$(trx_attribute "$counters" passed)"
    failed=$(($(trx_attribute "$counters" failed) + $(trx_attribute "$counters" error) +
      $(trx_attribute "$counters" timeout) + $(trx_attribute "$counters" aborted)))
    PASSED=$((PASSED + passed))
    FAILED=$((FAILED + failed))
    if ((total - passed - failed > 0)); then
      SKIPPED=$((SKIPPED + total - passed - failed))
    fi
  done
  shopt -u nullglob globstar
}

print_summary() {
  count_results
  SUMMARY_PRINTED=1
  echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
}

# ---------------------------------------------------------------------------------------------
# Services
# ---------------------------------------------------------------------------------------------
apt_install() { # <package>...
  is_root || return 1
  log "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
    return
  fi
  local port i
  for ((i = 0; i < 100; i++)); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  fail "found no free TCP port on 127.0.0.1"
}

# Services that refuse to run as root (PostgreSQL) run as their own Debian user when this script is
# root, from a folder that user owns; otherwise they run as the current user.
as_service_user() { # <user> <command>...
  local user=$1
  shift
  if is_root; then
    (cd "$WORK_DIR" && runuser -u "$user" -- "$@")
  else
    "$@"
  fi
}

PG_BIN=""
PG_VERSION=""

find_postgres() {
  local dir
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z $dir || ! -x $dir/initdb || ! -x $dir/pg_ctl ]]; then
    apt_install postgresql ||
      fail "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin. Install them with: sudo apt-get install postgresql"
    dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin | sort -V | tail -n 1)"
    [[ -x $dir/initdb && -x $dir/pg_ctl ]] || fail "apt-get installed postgresql, but initdb and pg_ctl are not in /usr/lib/postgresql/*/bin"
  fi
  if is_root && ! id postgres >/dev/null 2>&1; then
    fail "running as root, PostgreSQL needs the 'postgres' user (created by: apt-get install postgresql)"
  fi
  PG_BIN=$dir
  PG_VERSION="$(basename "$(dirname "$dir")")"
}

PG_DIR=""

start_postgres() {
  PG_DIR="$WORK_DIR/postgres"
  mkdir "$PG_DIR"
  if is_root; then chown postgres: "$PG_DIR"; fi

  local locale=C
  if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale=C.UTF-8; fi
  as_service_user postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres --no-sync -E UTF8 \
    --locale="$locale" >"$WORK_DIR/initdb.log" 2>&1 ||
    { cat "$WORK_DIR/initdb.log" >&2; fail "initdb failed"; }

  local port attempt
  on_exit stop_postgres
  for attempt in 1 2 3; do
    port="$(free_port)"
    log "starting PostgreSQL $PG_VERSION on 127.0.0.1:$port"
    if as_service_user postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
      -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null; then
      break
    fi
    tail -n 20 "$PG_DIR/postgres.log" >&2 || true
    ((attempt < 3)) || fail "PostgreSQL did not start (log above)"
    log "retrying on another port"
  done
  as_service_user postgres "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 ||
    fail "PostgreSQL started but does not accept connections on 127.0.0.1:$port"

  export DIPLOMACYSIM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Include Error Detail=true"
}

stop_postgres() {
  [[ -n $PG_DIR && -f $PG_DIR/data/postmaster.pid ]] || return 0
  as_service_user postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop
}

REDIS_BIN=""
REDIS_DIR=""
REDIS_PORT=""

find_redis() {
  REDIS_BIN="$(command -v redis-server || true)"
  if [[ -z $REDIS_BIN ]]; then
    apt_install redis-server ||
      fail "redis-server not found. Install it with: sudo apt-get install redis-server"
    REDIS_BIN="$(command -v redis-server)" || fail "apt-get installed redis-server, but it is not on PATH"
  fi
}

# Redis carries the SignalR backplane between server instances in the scale-out tests. No
# persistence: it lives as long as this script.
start_redis() {
  REDIS_DIR="$WORK_DIR/redis"
  mkdir "$REDIS_DIR"
  on_exit stop_redis
  local attempt
  for attempt in 1 2 3; do
    REDIS_PORT="$(free_port)"
    log "starting Redis on 127.0.0.1:$REDIS_PORT"
    if "$REDIS_BIN" --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --dir "$REDIS_DIR" --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" &&
      wait_for_redis; then
      break
    fi
    tail -n 20 "$REDIS_DIR/redis.log" >&2 || true
    ((attempt < 3)) || fail "Redis did not start (log above)"
    log "retrying on another port"
  done
  export DIPLOMACYSIM_TEST_REDIS="127.0.0.1:$REDIS_PORT"
}

wait_for_redis() {
  local i
  for ((i = 0; i < 50; i++)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

stop_redis() {
  [[ -n $REDIS_DIR && -f $REDIS_DIR/redis.pid ]] || return 0
  kill "$(cat "$REDIS_DIR/redis.pid")" 2>/dev/null || true
}

# Playwright drives this Chromium; it never downloads a browser of its own.
CHROMIUM_BIN=/usr/bin/chromium

find_chromium() {
  if [[ ! -x $CHROMIUM_BIN ]]; then
    apt_install chromium ||
      fail "$CHROMIUM_BIN not found (the browser tests need it). Install it with: sudo apt-get install chromium"
    [[ -x $CHROMIUM_BIN ]] || fail "apt-get installed chromium, but $CHROMIUM_BIN is missing"
  fi
}

# The server's build runs `npm ci` for the browser front end (src/DiplomacySim.Web).
# wrk drives the HTTP side of the harness's durable-sends benchmark, which the harness smoke test
# runs; without it (and not root) that step reports itself skipped.
find_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  apt_install wrk || { log "wrk not found: the harness smoke test skips durable sends (sudo apt-get install wrk)"; return 0; }
  command -v wrk >/dev/null 2>&1 || fail "apt-get installed wrk, but it is not on PATH"
}

find_npm() {
  if ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm ||
      fail "npm not found (the server's build installs the browser's packages with it). Install it with: sudo apt-get install nodejs npm"
    command -v npm >/dev/null 2>&1 || fail "apt-get installed npm, but it is not on PATH"
  fi
}

remove_work_dir() {
  [[ -n $WORK_DIR && -d $WORK_DIR ]] && rm -rf "$WORK_DIR"
}

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

command -v dotnet >/dev/null 2>&1 || fail "the dotnet CLI (.NET 10 SDK) is not on PATH"

# As root, the folder lives in /tmp so that the service users can reach it.
if is_root; then
  WORK_DIR="$(mktemp -d /tmp/diplomacysim-tests.XXXXXX)"
  chmod 755 "$WORK_DIR"
else
  WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/diplomacysim-tests.XXXXXX")"
fi
on_exit remove_work_dir

find_npm
find_chromium

log "restoring packages"
dotnet restore "$SOLUTION" --verbosity quiet

FORMAT_FAILED=""
if [[ ${SKIP_FORMAT:-} == 1 ]]; then
  log "skipping the format check (SKIP_FORMAT=1)"
else
  log "checking formatting (dotnet format --verify-no-changes)"
  if ! dotnet format "$SOLUTION" --verify-no-changes --no-restore; then
    FORMAT_FAILED=1
    log "formatting differs from .editorconfig; fix it with: dotnet format $SOLUTION"
  fi
fi

find_postgres
start_postgres
find_redis
start_redis
find_wrk

log "running tests (results in artifacts/test-results)"
TEST_STATUS=0
dotnet test "$SOLUTION" --no-restore --logger trx --results-directory "$RESULTS_DIR" "$@" </dev/null &
TEST_PID=$!
wait "$TEST_PID" || TEST_STATUS=$?
TEST_PID=""

log "stopping the test services"
trap '' INT TERM
run_exit_steps

count_results
STATUS=0
if ((TEST_STATUS != 0)); then
  log "dotnet test failed (exit code $TEST_STATUS)"
  STATUS=1
fi
if ((FAILED > 0)); then STATUS=1; fi
if ((PASSED + FAILED == 0)); then
  log "no test ran"
  STATUS=1
fi
if [[ -n $FORMAT_FAILED ]]; then
  log "the format check failed; run: dotnet format $SOLUTION"
  STATUS=1
fi
print_summary
exit "$STATUS"
