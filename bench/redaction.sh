#!/usr/bin/env bash
# Times redaction next to the leak check on long calls (issue 14): BenchmarkDotNet's RedactionBenchmarks (Check, Redact,
# Publish) over the leak benchmark's generated call and a realistic three-hour call, after one cold pass of each
# (--long-calls: the sizes, and what a server's first publication after a start pays). Prints one Markdown section
# to paste into docs/PERFORMANCE.md, with the load average before and after (the machine may be shared).
# Needs: dotnet. Takes about 4 minutes on 2 cores.
# Usage: bench/redaction.sh [results-dir]   (default bench/results; env LEAK_MB=2: size of the generated call)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
results=${1:-$root/bench/results}
export BRIEFING_LEAK_MB=${LEAK_MB:-2}

# shellcheck source=bench/benchmarks-program.sh
source "$root/bench/benchmarks-program.sh"

before=$(cat /proc/loadavg)
started=$(date +%s)
echo "== one cold pass of each call" >&2
"${bench[@]}" --long-calls >"$work/cold.md"
echo "== BenchmarkDotNet: RedactionBenchmarks" >&2
(cd "$root/bench/BriefingRoom.Benchmarks" && "${bench[@]}" --filter '*RedactionBenchmarks*' --artifacts "$work/bdn" >"$work/bdn.log" 2>&1) || { tail -40 "$work/bdn.log" >&2; exit 1; }
after=$(cat /proc/loadavg)

{
    echo "### redaction, issue 14 (bench/redaction.sh)"
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$root" rev-parse --short HEAD)"
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB; .NET $(dotnet --version) SDK"
    echo "- load average (1, 5, 15 min) before: ${before% * *}; after: ${after% * *} — $(( $(date +%s) - started )) s"
    echo "- generated call: the leak benchmark's generator at ${BRIEFING_LEAK_MB} MB (LEAK_MB), its 1,000 identities × 10 identifiers, none named in it"
    echo "- three-hour call: two officials (name, surname, title), named in ~1 paragraph in 10 (name, possessive, title, emphasis, a correction inside the surname)"
    echo
    echo "Cold, one pass each (a fresh process: JIT and first use included):"
    echo
    cat "$work/cold.md"
    echo
    echo "Steady (BenchmarkDotNet, median of 10 after 3 warm-ups; MB/s per MB of the staff Markdown; Check = the leak check of that Markdown, Publish = build the matcher, redact, render Markdown, JSON and page, leak-check each):"
    echo
    # The table only, without BenchmarkDotNet's environment block (above in our own words).
    sed -n '/^|/,$p' "$work"/bdn/results/*RedactionBenchmarks-report-github.md
} >"$results/redaction.md"
cat "$results/redaction.md"
