#!/usr/bin/env bash
# The archive benchmark at one size on one engine: generates the corpus (seed 20261124) under /tmp unless it is
# there, imports it into a fresh database under /usr/bin/time -v, then times the search per query class in process.
#   bench/archive-bench.sh SIZE ENGINE [OUT]     ENGINE sqlite|postgres; RUNS=200 WARMUP=5; KEEP=1 keeps the database
# The SQLite database is /tmp/briefing-archive-SIZE.db (or DB=PATH); PostgreSQL runs on a throwaway cluster in
# /tmp/briefing-archive-pg-SIZE (scripts/pg-test-cluster), stopped afterwards and, with KEEP=1, left on disk.
set -euo pipefail
cd "$(dirname "$0")/.."
(($# >= 2)) || { sed -n 2,6p "$0" >&2; exit 2; }
size=$1 engine=$2 out=${3:-bench/results/archive}
[[ $size =~ ^[1-9][0-9]*$ && $engine =~ ^(sqlite|postgres)$ ]] || { echo "archive-bench: SIZE is a count, ENGINE sqlite or postgres" >&2; exit 2; }
corpus=/tmp/briefing-corpus-$size file="$out/$engine-$size.txt"
mkdir -p "$out"
for project in src/BriefingRoom.Server bench/BriefingRoom.Corpus bench/BriefingRoom.ArchiveBench; do
  dotnet build -c Release "$project" >/dev/null
done
briefing=src/BriefingRoom.Server/bin/Release/net10.0/briefing
[[ -f $corpus/manifest.json ]] ||
  dotnet bench/BriefingRoom.Corpus/bin/Release/net10.0/BriefingRoom.Corpus.dll --count "$size" --seed 20261124 --out "$corpus"

if [[ $engine == postgres ]]; then
  cluster=/tmp/briefing-archive-pg-$size
  scripts/pg-test-cluster stop "$cluster"
  database=$(scripts/pg-test-cluster start "$cluster" | tail -1)
  printf '%s\n' "$database" >"$cluster/connection"
else
  database=${DB:-/tmp/briefing-archive-$size.db}
  mkdir -p "$(dirname "$database")"
  rm -f "$database" "$database-wal" "$database-shm"
fi

times=$(mktemp)
{
  echo "# archive bench: $size transcripts on $engine, $(date -u +%FT%TZ)"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
  echo "before import: $(uptime)"
  # The corpus has broken files on purpose, so the import exits 1 (failures reported); anything else is an error.
  /usr/bin/time -v "$briefing" import "$corpus" --database "$database" 2>"$times" | tail -1 || (($? == 1))
  grep -E "imported|\.md:" "$times" | head -3 || true
  read -r files words < <(python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(m['files'], m['words'])" "$corpus/manifest.json")
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$times")
  awk -v f="$files" -v w="$words" -v s="$seconds" 'BEGIN { printf "import: %.1f s wall, %.0f files/s, %.0f words/s\n", s, f / s, w / s }'
  grep -E "Maximum resident|Percent of CPU" "$times" | sed 's/^\s*/import: /'
  echo "after import: $(uptime)"
  dotnet bench/BriefingRoom.ArchiveBench/bin/Release/net10.0/BriefingRoom.ArchiveBench.dll --database "$database" --runs "${RUNS:-200}" --warmup "${WARMUP:-5}"
  if [[ $engine == sqlite ]]; then
    # The SQLite inside .NET has no dbstat; the command-line sqlite3 usually has.
    sqlite3 "$database" "SELECT '  table ' || name || ': ' || printf('%.1f', SUM(pgsize) / 1048576.0) || ' MB' FROM dbstat GROUP BY name ORDER BY SUM(pgsize) DESC LIMIT 8" 2>/dev/null || true
  fi
  echo "after queries: $(uptime)"
} | tee "$file"
rm -f "$times"

if [[ $engine == postgres ]]; then
  if [[ ${KEEP:-0} == 1 ]]; then
    bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d | sort -V | tail -1)
    owner=(); ((EUID == 0)) && owner=(runuser -u postgres --)
    "${owner[@]}" "$bin/pg_ctl" -D "$cluster/data" stop -m fast >/dev/null
    echo "kept $cluster; restart: ${owner[*]} $bin/pg_ctl -D $cluster/data -l $cluster/server.log -o \"-p $(cat "$cluster/port") -k $cluster -c listen_addresses=127.0.0.1\" start; connection string in $cluster/connection"
  else
    scripts/pg-test-cluster stop "$cluster"
  fi
else
  [[ ${KEEP:-0} == 1 ]] || rm -f "$database" "$database-wal" "$database-shm"
fi
