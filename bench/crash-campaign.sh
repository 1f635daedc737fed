#!/usr/bin/env bash
# The long crash campaign: a busy call on the real `briefing serve`, killed with SIGKILL CRASHES times at seeded
# moments, on SQLite and on PostgreSQL (a throwaway cluster); prints the figures of each and exits 1 if either is not clean.
#   bench/crash-campaign.sh [CRASHES]      CRASHES=60 SEED=1 REPORTERS=3 DATABASES="sqlite postgres"
set -euo pipefail
cd "$(dirname "$0")/.."
crashes=${1:-${CRASHES:-60}}
seed=${SEED:-1}
dotnet build -c Release -nologo -v quiet src/BriefingRoom.Server >/dev/null
dotnet build -c Release -nologo -v quiet bench/BriefingRoom.CrashCampaign >/dev/null
server=src/BriefingRoom.Server/bin/Release/net10.0/briefing
tool=bench/BriefingRoom.CrashCampaign/bin/Release/net10.0/BriefingRoom.CrashCampaign.dll
status=0
for db in ${DATABASES:-sqlite postgres}; do
  database=()
  cluster=""
  if [[ $db == postgres ]]; then
    cluster=$(mktemp -d /tmp/pgcrash.XXXXXX)
    database=(--database "$(scripts/pg-test-cluster start "$cluster")")
  fi
  { date -u +%FT%TZ; uptime; } >&2
  dotnet "$tool" --server "$server" --crashes "$crashes" --seed "$seed" --reporters "${REPORTERS:-3}" "${database[@]}" 2>/dev/null || status=1
  [[ -n $cluster ]] && scripts/pg-test-cluster stop "$cluster"
done
exit $status
