#!/usr/bin/env bash
# The load, fault and abuse harness: builds Release, starts a throwaway PostgreSQL and Redis that it
# owns, runs the server as separate processes on 127.0.0.1, and writes docs/benchmarks.md and
# docs/reliability.md with what it saw. Nothing leaves the machine: every target is loopback.
#
#   tests/harness.sh                 # the full run (about 15 minutes on 2 cores), rewrites the docs' figures
#   tests/harness.sh --smoke         # tiny counts, writes to artifacts/harness instead of docs
#   tests/harness.sh --only hot-pairs,hostile-input   # some steps only (names as the run prints them)
#
# The services follow tests/run.sh: as root, PostgreSQL runs as the 'postgres' user from a folder it
# owns; both are removed when the script ends, however it ends.
# shellcheck disable=SC2317 # functions run from the exit trap

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '== %s\n' "$*"; }
fail() { printf '== error: %s\n' "$*" >&2; exit 1; }
is_root() { [[ $EUID -eq 0 ]]; }

SMOKE=""
OUT="$REPO_ROOT/docs"
ARGS=()
for arg in "$@"; do
  [[ $arg == --smoke ]] && SMOKE=1
  ARGS+=("$arg")
done
[[ -n $SMOKE ]] && OUT="$REPO_ROOT/artifacts/harness"

if is_root; then
  WORK_DIR="$(mktemp -d /tmp/diplomacysim-harness.XXXXXX)"
  chmod 755 "$WORK_DIR"
else
  WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/diplomacysim-harness.XXXXXX")"
fi

as_postgres() { if is_root; then (cd "$WORK_DIR" && runuser -u postgres -- "$@"); else "$@"; fi; }

# What the harness needs, installed as tests/run.sh installs its services: each missing one with
# apt-get when root, else a message saying which package to install.
apt_install() { # <package>...
  is_root || return 1
  log "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
find_pg_bin() { find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1 || true; }
PG_BIN="$(find_pg_bin)"
if [[ -z $PG_BIN || ! -x $PG_BIN/pgbench ]]; then
  apt_install postgresql || fail "PostgreSQL's server binaries and pgbench are needed: sudo apt-get install postgresql"
  PG_BIN="$(find_pg_bin)"
  [[ -n $PG_BIN && -x $PG_BIN/pgbench ]] || fail "apt-get installed postgresql, but pgbench is not in /usr/lib/postgresql/*/bin"
fi
if ! command -v redis-server >/dev/null; then
  apt_install redis-server || fail "redis-server is needed: sudo apt-get install redis-server"
  command -v redis-server >/dev/null || fail "apt-get installed redis-server, but it is not on PATH"
fi
# wrk, Debian's native HTTP load generator, drives the HTTP side of the durable-sends benchmark.
if ! command -v wrk >/dev/null; then
  apt_install wrk || fail "wrk is needed (the HTTP load of the durable-sends benchmark): sudo apt-get install wrk"
  command -v wrk >/dev/null || fail "apt-get installed wrk, but it is not on PATH"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

PG_DATA="$WORK_DIR/postgres/data"
REDIS_DIR="$WORK_DIR/redis"
cleanup() {
  [[ -f $PG_DATA/postmaster.pid ]] && as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1
  [[ -f $REDIS_DIR/redis.pid ]] && kill "$(cat "$REDIS_DIR/redis.pid")" 2>/dev/null
  rm -rf "$WORK_DIR"
}
trap cleanup EXIT

# PostgreSQL durable as in production (fsync and synchronous commit on), with room for the load's
# connections; the harness's restart drill stops and starts it with the same options.
mkdir -p "$WORK_DIR/postgres"
is_root && chown postgres: "$WORK_DIR/postgres"
PG_PORT="$(free_port)"
PG_OPTIONS="-p $PG_PORT -k $WORK_DIR/postgres -c listen_addresses=127.0.0.1 -c max_connections=600 -c shared_buffers=512MB"
as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$WORK_DIR/initdb.log" 2>&1 ||
  { cat "$WORK_DIR/initdb.log" >&2; fail "initdb failed"; }
log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK_DIR/postgres/postgres.log" -w -t 60 -o "$PG_OPTIONS" start >/dev/null

mkdir -p "$REDIS_DIR"
REDIS_PORT="$(free_port)"
log "starting Redis on 127.0.0.1:$REDIS_PORT"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --dir "$REDIS_DIR" --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log"

log "building Release"
for project in src/DiplomacySim.Server tools/DiplomacySim.Harness; do
  dotnet build -c Release -v q -nologo "$project" >"$WORK_DIR/build.log" 2>&1 ||
    { tail -n 30 "$WORK_DIR/build.log" >&2; fail "the build of $project failed"; }
done

# Thousands of sockets on each side of loopback.
ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

log "running the harness (server logs are kept in a folder it prints)"
export DIPLOMACYSIM_HARNESS_COMMAND="./tests/harness.sh${SMOKE:+ --smoke}"
dotnet tools/DiplomacySim.Harness/bin/Release/net10.0/DiplomacySim.Harness.dll \
  --server-dll "$REPO_ROOT/src/DiplomacySim.Server/bin/Release/net10.0/DiplomacySim.Server.dll" \
  --postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres" \
  --redis "127.0.0.1:$REDIS_PORT" \
  --pg-bin "$PG_BIN" --pg-data "$PG_DATA" --pg-options "$PG_OPTIONS" --pg-user "$(is_root && echo postgres || id -un)" \
  --out "$OUT" "${ARGS[@]}"
