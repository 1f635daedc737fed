#!/usr/bin/env bash
# Live fan-out, side by side in one run (issue 15 item 3): the floor (bench/fanout/floor.c), nginx + nchan, and a published
# `briefing serve` on SQLite, each with N EventSource streams from one one-thread epoll client (bench/fanout/fanclient.c),
# the systems alternating within every run. Briefing Room's N admitted reporters and their session cookies come from
# bench/BriefingRoom.FanoutSetup (the server's own storage and cookie code, seconds instead of 800 s of sign-ins).
#   bench/fanout.sh [OUT]     N="1000 5000 10000" RUNS=3 MESSAGES=5 SYSTEMS="floor nchan briefing" NCHAN_WORKERS=1
#                             RESUME=last (Briefing Room streams open with ?after=LASTSEQ as the page does; zero: ?after=0)
# Prints a table; every client run's RESULT line is kept in OUT/results.txt (default bench/results/fanout), with the
# client's, the setup's and each server's log per N beside it.
# Ports: FLOOR_PORT=5401 BRIEFING_PORT=5402 NCHAN_PORT=8401. Exits 1 if any stream lost a message, saw one out of order or failed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench/results/fanout}
mkdir -p "$out"
out=$(cd "$out" && pwd) # absolute: nginx runs with a prefix of its own
results="$out/results.txt"
runs=${RUNS:-3} messages=${MESSAGES:-5} workers=${NCHAN_WORKERS:-1}
floor_port=${FLOOR_PORT:-5401} briefing_port=${BRIEFING_PORT:-5402} nchan_port=${NCHAN_PORT:-8401}
work=$(mktemp -d /tmp/fanout.XXXXXX)
pids=()
stop_all() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
}
trap 'stop_all; rm -rf "$work"' EXIT

echo "== building the client and the floor, publishing the server (Release) into $work" >&2
cc -O2 -Wall -Wextra -Werror -o "$work/fanclient" bench/fanout/fanclient.c
cc -O2 -Wall -Wextra -Werror -o "$work/floor" bench/fanout/floor.c
dotnet publish -c Release src/BriefingRoom.Server -o "$work/briefing" >"$work/publish.log"
dotnet build -c Release bench/BriefingRoom.FanoutSetup >"$work/setup-build.log"
setup_tool=bench/BriefingRoom.FanoutSetup/bin/Release/net10.0/BriefingRoom.FanoutSetup.dll
nchan_module=/usr/lib/nginx/modules/ngx_nchan_module.so

# Waits until PORT accepts connections (a server just started), up to a minute.
wait_port() {
  for _ in $(seq 600); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
  echo "nothing listens on port $1" >&2; return 1
}

# nginx with its own prefix in the temp dir, foreground, one channel: subscribers get messages published after they join.
nchan_config() {
  local dir=$1 log=$2
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<EOF
load_module $nchan_module;
daemon off;
worker_processes $workers;
worker_rlimit_nofile 20000;
pid $dir/nginx.pid;
error_log $log warn;
events { worker_connections 19000; use epoll; multi_accept on; }
http {
  access_log off;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  server {
    listen 127.0.0.1:$nchan_port backlog=4096;
    location = /pub { nchan_publisher; nchan_channel_id fanout; nchan_message_buffer_length 16; }
    location = /sub { nchan_subscriber eventsource; nchan_channel_id fanout; nchan_subscriber_first_message newest; }
  }
}
EOF
}

# The same paragraph everywhere: Briefing Room gets its text by the stenographer's POST and frames it itself;
# the floor and nchan are handed the frame's data as Briefing Room would write it.
text='Reporters asked whether the summit schedule still holds @TOKEN@ and the official said it does, for now.'
frame_data="{\"turn\":\"2\",\"paragraph\":1,\"segments\":[{\"kind\":\"text\",\"text\":\"$text\"}]}"

status=0 octet=10 runno=0
: >"$results"
rm -f "$out"/*-n*.log
{ echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) $(nproc) cores; $(uptime)"; } | tee -a "$results" >&2
for n in ${N:-1000 5000 10000}; do
  dir="$work/n$n"
  mkdir -p "$dir/briefing"
  t0=$(date +%s%N)
  dotnet "$setup_tool" "$dir/briefing/data/briefing.db" "$n" "$dir" 2>"$out/setup-n$n.log" || { cat "$out/setup-n$n.log" >&2; exit 1; }
  ms=$((($(date +%s%N) - t0) / 1000000)); setup_s=$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))
  cat "$out/setup-n$n.log" >&2
  # shellcheck disable=SC1091
  source "$dir/call.env"
  after=$AFTER
  [[ ${RESUME:-last} == zero ]] && after=0

  "$work/floor" "$floor_port" >"$out/floor-n$n.log" 2>&1 & floor_pid=$!; pids+=("$floor_pid")
  nchan_config "$dir/nchan" "$out/nchan-n$n.log"
  nginx -p "$dir/nchan" -c "$dir/nchan/nginx.conf" -e "$out/nchan-n$n.log" >>"$out/nchan-n$n.log" 2>&1 & nginx_pid=$!; pids+=("$nginx_pid")
  (cd "$dir/briefing" && exec "$work/briefing/briefing" serve --urls "http://127.0.0.1:$briefing_port" --database "$dir/briefing/data/briefing.db" --no-media) \
    >"$out/briefing-n$n.log" 2>&1 & briefing_pid=$!; pids+=("$briefing_pid")
  wait_port "$floor_port"; wait_port "$nchan_port"; wait_port "$briefing_port"
  nchan_pids=$(echo "$nginx_pid" $(pgrep -P "$nginx_pid") | tr ' ' ,)
  echo "# n=$n setup_s=$setup_s briefing=$BRIEFING_ID; $(uptime)" | tee -a "$results" >&2

  order=(${SYSTEMS:-floor nchan briefing})
  for ((run = 1; run <= runs; run++)); do
    for system in "${order[@]}"; do
      octet=$(((octet - 9) % 240 + 10)) # every client run leaves from addresses of its own: no port is still in use from the last
      runno=$((runno + 1)) # tokens unique over the whole run: ?after=0 replays the earlier runs' paragraphs
      common=(--streams "$n" --messages "$messages" --cookies "$dir/cookies.txt" --src-octet "$octet" --label "$system" --token-base $((runno * 1000)))
      case $system in
        floor) args=(--port "$floor_port" --path /events --trigger-path /trigger --trigger-body "$frame_data" --pid "$floor_pid") ;;
        nchan) args=(--port "$nchan_port" --path /sub --trigger-path /pub --trigger-body "$frame_data" --pid "$nchan_pids") ;;
        briefing) args=(--port "$briefing_port" --path "/api/briefings/$BRIEFING_ID/events?after=$after"
                        --trigger-path "/api/briefings/$BRIEFING_ID/turns/$TURN/paragraphs" --trigger-body "{\"text\":\"$text\"}" --pid "$briefing_pid") ;;
        *) echo "unknown system $system (floor, nchan, briefing)" >&2; exit 2 ;;
      esac
      line=$("$work/fanclient" "${common[@]}" "${args[@]}" 2>>"$out/client-n$n.log") || status=1
      echo "$line n=$n run=$run setup_s=$setup_s" | tee -a "$results" >&2
      if [[ ${RESUME:-last} == zero ]]; then after=0
      elif [[ $system == briefing && $line =~ last_id=([0-9]+) ]]; then after=${BASH_REMATCH[1]}; fi # as the page would: resume from what it has
      sleep 1
    done
    order=("${order[@]:1}" "${order[0]}") # the next run starts with the next system
  done
  grep -v ' streams connected in ' "$out/client-n$n.log" | sort | uniq -c | sort -rn | head -5 >&2 || true
  stop_all
done
echo "# done $(date -u +%FT%TZ); $(uptime)" | tee -a "$results" >&2

bench/fanout/table.awk "$results"
exit $status
