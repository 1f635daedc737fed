#!/usr/bin/env bash
# Times the leak check (1,000 generated identities × 10 identifiers, the benchmark program's --leakcheck mode)
# against `rg -F -i -f aliases.txt` on the same generated text, with hyperfine. ripgrep finds the literal
# identifiers only; the leak check also normalises case, diacritics, markup, escapes, spacing and hyphenation.
# Needs: dotnet, rg and hyperfine (Debian: apt-get install -y ripgrep hyperfine). Installs nothing itself.
# Usage: bench/leakcheck-vs-ripgrep.sh [results-dir]   (default bench/results; env LEAK_MB=20 RUNS=10 CPU=1)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
results=${1:-$root/bench/results}
mb=${LEAK_MB:-20}
runs=${RUNS:-10}
cpu=${CPU:-1}

missing=()
for tool in dotnet rg hyperfine taskset; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "missing: ${missing[*]}. Install with: apt-get install -y ripgrep hyperfine (and the .NET SDK from global.json)" >&2
    exit 2
fi

# shellcheck source=bench/benchmarks-program.sh
source "$root/bench/benchmarks-program.sh"
"${bench[@]}" --generate "$work/big.md" --megabytes "$mb"
"${bench[@]}" --leak-aliases "$work/aliases.txt"

# Both must agree there is nothing to find before their times mean anything (the identities are invented).
leaks=$("${bench[@]}" --leakcheck "$work/big.md" --kind markdown)
rg_hits=$(rg -F -i -c -f "$work/aliases.txt" "$work/big.md" || true)
echo "leak check findings: $leaks; ripgrep matching lines: ${rg_hits:-0}" >&2

{
    echo "# leak check vs ripgrep"
    echo
    echo "- date: $(date -u +%Y-%m-%d)"
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), pinned to CPU $cpu"
    echo "- .NET $(dotnet --version) SDK; $(rg --version | head -1); $(hyperfine --version)"
    echo "- input: $(stat -c %s "$work/big.md") bytes of generated Markdown; $(wc -l <"$work/aliases.txt") identifiers"
    echo
} >"$results/leakcheck-vs-ripgrep.md"

# -i: rg exits 1 when it finds nothing, which is the expected outcome here.
hyperfine -i --runs "$runs" --warmup 2 --export-markdown "$results/leakcheck-vs-ripgrep-table.md" --export-json "$results/leakcheck-vs-ripgrep.json" \
    -n "leak check (markdown)" "taskset -c $cpu ${bench[*]} --leakcheck $work/big.md --kind markdown" \
    -n "leak check (plain)" "taskset -c $cpu ${bench[*]} --leakcheck $work/big.md --kind plain" \
    -n "rg -F -i" "taskset -c $cpu rg -F -i -c -f $work/aliases.txt $work/big.md" \
    -n "rg -F -i -j1" "taskset -c $cpu rg -F -i -c -j1 -f $work/aliases.txt $work/big.md"
cat "$results/leakcheck-vs-ripgrep-table.md" >>"$results/leakcheck-vs-ripgrep.md"
cat "$results/leakcheck-vs-ripgrep.md"
