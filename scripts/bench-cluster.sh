#!/usr/bin/env bash
# Ingest throughput of a cluster of 1, 2 and 3 `sitrep serve --cluster` nodes on this machine:
# starts a throwaway PostgreSQL server (as bench-postgres.sh does), then for each size a fresh
# database and that many nodes (separate processes, loopback ports), and POSTs the bench's
# generated corpus to /ingest in batches of 25 articles, 3 requests in flight, spread round-robin
# over the nodes. Prints articles/s for each size, with the load average before and after.
# Usage: scripts/bench-cluster.sh [N] [SIZES] (defaults 1000 and "1 2 3").
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
sizes="${2:-1 2 3}"
bin="${SITREP_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
[ -x "$bin/initdb" ] || { echo "bench-cluster: no PostgreSQL binaries (set SITREP_PG_BIN)" >&2; exit 2; }
dotnet build -c Release src/Sitrep.Cli >/dev/null
dotnet build -c Release bench/Sitrep.Bench >/dev/null
sitrep=(dotnet src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll)

dir=$(mktemp -d /tmp/sitrep-clusterbench-XXXXXX)
as=()
if [ "$(id -u)" -eq 0 ]; then chmod 777 "$dir"; as=(runuser -u nobody --); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${as[@]}" "$bin/initdb" -D "$dir/data" -U sitrep --auth=trust --no-locale -E UTF8 >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
nodes=()
stop_nodes() { for p in "${nodes[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${nodes[@]}"; do wait "$p" 2>/dev/null || true; done; nodes=(); }
trap 'stop_nodes; "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; rm -rf "$dir"' EXIT

dotnet bench/Sitrep.Bench/bin/Release/net10.0/Sitrep.Bench.dll corpus "$n" "$dir/corpus.jsonl" >/dev/null
# /ingest takes a JSON array of articles: one file per batch of 25
mkdir "$dir/batches"
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
lines = [l.strip() for l in open(f"{d}/corpus.jsonl") if l.strip()]
for i in range(0, len(lines), 25):
    open(f"{d}/batches/b{i // 25:04d}", "w").write("[" + ",".join(lines[i:i + 25]) + "]")
PY
key=$("${sitrep[@]}" serve --new-api-key "$dir/keys.txt" 2>/dev/null)

for k in $sizes; do
    db="postgres://sitrep@127.0.0.1:$port/bench$k"
    "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U sitrep "bench$k"
    for i in $(seq 0 $((k - 1))); do
        "${sitrep[@]}" serve --cluster --create --db "$db" --cluster-id "bench$k" --advertise-ip 127.0.0.1 \
            --urls "http://127.0.0.1:$((5180 + i))" --silo-port $((11180 + i)) --gateway-port $((30180 + i)) \
            --api-key-file "$dir/keys.txt" --requests-per-minute 1000000 >"$dir/node$k-$i.log" 2>&1 &
        nodes+=($!)
        until curl -sf "http://127.0.0.1:$((5180 + i))/health" >/dev/null; do sleep 1; done
    done
    # one article per node first: each node loads its pipeline before the clock starts
    for i in $(seq 0 $((k - 1))); do
        curl -sf -H "X-Api-Key: $key" -H "Content-Type: application/json" \
            --data "{\"text\":\"Gunmen attacked a checkpoint in Ghazni province on Monday, killing $i policemen.\",\"published\":\"2019-01-0$((i + 1))\"}" \
            "http://127.0.0.1:$((5180 + i))/ingest" >/dev/null
    done
    echo "cluster of $k node(s), $n articles: $(uptime)"
    start=$(date +%s.%N)
    ls "$dir/batches" | awk -v k="$k" '{ print (NR - 1) % k, $0 }' | \
        xargs -P 3 -L 1 bash -c 'curl -sf -o /dev/null -H "X-Api-Key: '"$key"'" -H "Content-Type: application/json" --data-binary @"'"$dir"'/batches/$1" "http://127.0.0.1:$((5180 + $0))/ingest" || echo "batch $1 failed" >&2'
    end=$(date +%s.%N)
    events=$(psql -h 127.0.0.1 -p "$port" -U sitrep -d "bench$k" -tAc "SELECT count(*) FROM ledger_events WHERE status = 'current'")
    mentions=$(psql -h 127.0.0.1 -p "$port" -U sitrep -d "bench$k" -tAc "SELECT count(*) FROM ledger_mentions")
    python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'  {s:.1f} s, {int(sys.argv[3])/s:.1f} articles/s; ledger: {sys.argv[4]} mentions, {sys.argv[5]} current events')" "$start" "$end" "$n" "$mentions" "$events"
    echo "  after: $(uptime)"
    stop_nodes
done
