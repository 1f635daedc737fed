#!/usr/bin/env bash
# The server's memory (and latency) under each GC or transport setting (issue 15 item 3): for each setting a fresh published `briefing serve` on one
# database of N admitted reporters, N streams opened at once by bench/fanout/fanclient.c, 5 paragraphs fanned out, the
# streams closed; RSS before, idle with N streams, and 5 s after they closed (what the GC gave back), per setting.
#   bench/fanout-gc.sh [OUT]      N=10000 PORT=5530 SETTINGS="default workstation conserve workstation-conserve no-datas" (also inline, workstation-inline)
#   SERVERS="old=DIR new=DIR": instead of publishing this tree, run each setting on each published server dir in turn (label setting/name)
#   GCDUMP=PATH-TO-dotnet-gcdump: hold the idle streams 45 s, dump the heap once all N are open, and write OUT/LABEL.gcdump and its top types (OUT/LABEL.types.txt)
# Prints one RESULT line per setting (bench/fanout/fanclient.c's fields, label = setting) into OUT/gc.txt (default bench/results/fanout-gc).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench/results/fanout-gc}
n=${N:-10000} port=${PORT:-5530}
mkdir -p "$out"
work=$(mktemp -d /tmp/fanout-gc.XXXXXX)
server=
trap '[[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
cc -O2 -Wall -Wextra -Werror -o "$work/fanclient" bench/fanout/fanclient.c
servers=${SERVERS:-}
if [[ -z $servers ]]; then
  dotnet publish -c Release src/BriefingRoom.Server -o "$work/briefing" >"$work/publish.log"
  servers="this=$work/briefing"
fi
dotnet build -c Release bench/BriefingRoom.FanoutSetup >"$work/setup-build.log"
dotnet bench/BriefingRoom.FanoutSetup/bin/Release/net10.0/BriefingRoom.FanoutSetup.dll "$work/data/briefing.db" "$n" "$work" 2>"$work/setup.log"
# shellcheck disable=SC1091
source "$work/call.env"
text='Reporters asked whether the summit schedule still holds @TOKEN@ and the official said it does, for now.'

# The runtime's own knobs, as environment variables (the same names as runtimeconfig's System.GC.* settings).
gc_env() {
  case $1 in
    default) ;;                                                        # Server GC (the web SDK's default) with DATAS
    workstation) echo DOTNET_gcServer=0 ;;                             # one heap, background GC
    conserve) echo DOTNET_GCConserveMemory=7 ;;                        # Server GC + DATAS, compacting sooner
    workstation-conserve) echo DOTNET_gcServer=0 DOTNET_GCConserveMemory=7 ;;
    no-datas) echo DOTNET_GCDynamicAdaptationMode=0 ;;                 # Server GC as before .NET 9: a heap per core
    inline) echo DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 ;;     # not GC: Kestrel sends inline (UnsafePreferInlineScheduling)
    workstation-inline) echo DOTNET_gcServer=0 DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 ;;
    *) echo "unknown setting $1" >&2; exit 2 ;;
  esac
}

echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) $(nproc) cores n=$n; $(uptime)" | tee -a "$out/gc.txt"
octet=100
for setting in ${SETTINGS:-default workstation conserve workstation-conserve no-datas}; do
for named in $servers; do
  name=${named%%=*} dir=${named#*=} label=$setting/${named%%=*}
  [[ $servers == "this=$work/briefing" ]] && label=$setting
  # shellcheck disable=SC2046
  (cd "$work" && exec env $(gc_env "$setting") "$dir/briefing" serve --urls "http://127.0.0.1:$port" --database "$work/data/briefing.db" --no-media) \
    >"$work/server-$setting-$name.log" 2>&1 & server=$!
  for _ in $(seq 600); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  sleep 2 # the warm-ups at start
  octet=$((octet + 10))
  settle=2000 dumper=
  if [[ -n ${GCDUMP:-} ]]; then
    settle=45000 dump=${label//\//-}
    (until (( $(ss -Htn state established "( sport = :$port )" | wc -l) >= n )); do sleep 0.5; done; sleep 3
     "$GCDUMP" collect -p "$server" -o "$out/$dump.gcdump" >"$work/gcdump-$dump.log" 2>&1 && "$GCDUMP" report "$out/$dump.gcdump" >"$out/$dump.types.txt" 2>&1) & dumper=$!
  fi
  "$work/fanclient" --port "$port" --path "/api/briefings/$BRIEFING_ID/events?after=$AFTER" --streams "$n" --messages 5 --settle-ms "$settle" \
    --cookies "$work/cookies.txt" --src-octet "$octet" --label "$label" --pid "$server" \
    --trigger-path "/api/briefings/$BRIEFING_ID/turns/$TURN/paragraphs" --trigger-body "{\"text\":\"$text\"}" 2>>"$work/client.log" \
    | tee -a "$out/gc.txt" >"$work/line"
  [[ -n $dumper ]] && { wait "$dumper" || true; } # the heap dump (its collection moves the idle RSS: compare dumps with dumps)
  kill "$server"; wait "$server" 2>/dev/null || true; server=
  [[ $(cat "$work/line") =~ last_id=([0-9]+) ]] && AFTER=${BASH_REMATCH[1]} # the next run's streams start after what this one appended
done
done
echo "# done $(date -u +%FT%TZ); $(uptime)" | tee -a "$out/gc.txt"
