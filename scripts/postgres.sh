#!/usr/bin/env bash
# Starts or stops a private PostgreSQL server for this checkout (Debian's initdb/pg_ctl), installing it with apt-get
# when it is missing and that is possible.
#   scripts/postgres.sh start DATA_DIR [PORT]   prints the connection string on its last line
#   scripts/postgres.sh stop DATA_DIR
# PG_FAST=1 turns durability off (fsync, synchronous commit): for throwaway test clusters only.
set -euo pipefail

cmd=${1:?usage: postgres.sh start|stop DATA_DIR [PORT]}
data=${2:?usage: postgres.sh start|stop DATA_DIR [PORT]}
port=${3:-}

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_pg() {
  # PostgreSQL refuses to run as root; run its tools as the postgres user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "PostgreSQL server not found; installing postgresql with apt-get..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
    bin=$(find_bin) || { echo "PostgreSQL install failed: install the Debian package 'postgresql' (15 or newer)." >&2; exit 1; }
  else
    echo "PostgreSQL server binaries not found: install the Debian package 'postgresql' (15 or newer), e.g. 'sudo apt-get install postgresql'." >&2
    exit 1
  fi
fi

case "$cmd" in
  start)
    mkdir -p "$data"
    data=$(cd "$data" && pwd)
    if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$data"; fi
    if [ ! -f "$data/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 \
        || { cat "$data.initdb.log" >&2; exit 1; }
    fi
    if as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      port=$(sed -n '4p' "$data/postmaster.pid")
    else
      port=${port:-$(free_port)}
      opts="-c listen_addresses=127.0.0.1 -c port=$port -c max_connections=400 -c unix_socket_directories=$data"
      if [ "${PG_FAST:-0}" = 1 ]; then
        opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
      fi
      as_pg "$bin/pg_ctl" -D "$data" -o "$opts" -l "$data/server.log" -w -t 60 start >/dev/null \
        || { tail -20 "$data/server.log" >&2; exit 1; }
    fi
    if ! as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='onchannel'" | grep -q 1; then
      as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE onchannel" >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=onchannel"
    ;;
  stop)
    if [ -f "$data/PG_VERSION" ]; then
      as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *)
    echo "usage: postgres.sh start|stop DATA_DIR [PORT]" >&2
    exit 2
    ;;
esac
