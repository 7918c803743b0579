#!/usr/bin/env bash
# The PostgreSQL store's ingest rate next to SQLite's: starts a throwaway PostgreSQL server
# (initdb into a temporary folder, a free port, default durability settings; as nobody when run
# as root, since initdb refuses root), runs `store-ingest N sqlite postgres://...` of the bench
# harness, and stops the server. Usage: scripts/bench-postgres.sh [N] (default 2000).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2000}"
bin="${SITREP_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
[ -x "$bin/initdb" ] || { echo "bench-postgres: no PostgreSQL binaries (set SITREP_PG_BIN)" >&2; exit 2; }
dir=$(mktemp -d /tmp/sitrep-pgbench-XXXXXX)
as=()
if [ "$(id -u)" -eq 0 ]; then chmod 777 "$dir"; as=(runuser -u nobody --); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${as[@]}" "$bin/initdb" -D "$dir/data" -U sitrep --auth=trust --no-locale -E UTF8 >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
trap '"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; rm -rf "$dir"' EXIT
uptime
dotnet run -c Release --project bench/Sitrep.Bench -- store-ingest "$n" sqlite "postgres://sitrep@127.0.0.1:$port/postgres"
uptime
