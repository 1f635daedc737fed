#!/usr/bin/env bash
# The live-server load matrix: SQLite and PostgreSQL, 10/100/1000 reporters, each run twice, each on a fresh server
# (and a fresh PostgreSQL cluster), one result file per run under OUT (default bench/results/live).
#   bench/live-load.sh [OUT]        RUNS=2 REPORTERS="10 100 1000" DATABASES="sqlite postgres" PORT=5101 SETUP=http
# SETUP=bulk makes the reporters and their sessions in the database before the server starts (seconds, not 2N PBKDF2 sign-ins).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench/results/live}
runs=${RUNS:-2} port=${PORT:-5101}
mkdir -p "$out"
dotnet publish -c Release src/BriefingRoom.Server -o /tmp/briefing-load >/dev/null
dotnet build -c Release bench/BriefingRoom.LoadTest >/dev/null
tool=bench/BriefingRoom.LoadTest/bin/Release/net10.0/BriefingRoom.LoadTest.dll
status=0
for db in ${DATABASES:-sqlite postgres}; do
  for n in ${REPORTERS:-10 100 1000}; do
    for ((run = 1; run <= runs; run++)); do
      file="$out/$db-$n-$run.txt"
      database=()
      if [[ $db == postgres ]]; then
        cluster=$(mktemp -d /tmp/pgload.XXXXXX)
        database=(--database "$(scripts/pg-test-cluster start "$cluster")")
      fi
      { date -u +%FT%TZ; uptime; } >"$file"
      dotnet "$tool" --server /tmp/briefing-load/briefing --url "http://127.0.0.1:$port" --reporters "$n" --setup "${SETUP:-http}" "${database[@]}" >>"$file" 2>&1 || status=1
      uptime >>"$file"
      [[ $db == postgres ]] && scripts/pg-test-cluster stop "$cluster"
      echo "== $file"; cat "$file"
    done
  done
done
exit $status
