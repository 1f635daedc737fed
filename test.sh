#!/usr/bin/env bash
# Runs every test of the solution on a fresh Debian machine with the .NET SDK, and closes with
# "tests: N passed, N failed, N skipped"; exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests need (the .NET SDK is on the machine): a database server, a browser, the media server
# with its browser library, the C toolchain Native AOT links the published `briefing` with, and npm for axe-core
# unless an npm is already there (a Node.js installed otherwise conflicts with Debian's npm).
packages=(postgresql chromium janus libjs-janus-gateway clang zlib1g-dev)
command -v npm >/dev/null 2>&1 || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=()
  if ((EUID != 0)); then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# axe-core, the accessibility check the browser tests inject into pages, at the version its lock file pins.
(cd tests/BriefingRoom.Browser.Tests/axe && npm ci --no-audit --no-fund --loglevel=error)

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results=artifacts/test-results
rm -rf "$results"

if ! dotnet build BriefingRoom.slnx -c Release -nologo -v quiet; then
  echo "build failed"
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi

# The build users install (README): the ahead-of-time `briefing` with `briefing-server` beside it, for the tests
# that run the published layout.
published=artifacts/publish
rm -rf "$published"
if ! dotnet publish src/BriefingRoom.Server -c Release -o "$published" -nologo -v quiet; then
  echo "publish failed"
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi
export BRIEFING_TEST_PUBLISHED=$PWD/$published

# A throwaway PostgreSQL cluster for this run only, stopped and deleted however the run ends.
pg_dir=$(mktemp -d)
trap 'scripts/pg-test-cluster stop "$pg_dir"' EXIT
if ! BRIEFING_TEST_POSTGRES=$(scripts/pg-test-cluster start "$pg_dir"); then
  echo "the test PostgreSQL cluster did not start"
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi
# Here every test must run: a missing database or browser fails the test instead of skipping it.
export BRIEFING_TEST_POSTGRES BRIEFING_TEST_CHROMIUM=/usr/bin/chromium BRIEFING_TEST_REQUIRE_ALL=1

status=0
# One test project at a time (-m:1): the probe and the crash campaign load both cores, and a browser test beside them
# would be timing the machine rather than the page.
dotnet test BriefingRoom.slnx -c Release --no-build -nologo -m:1 \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

# Sum the counters of every TRX file; skipped tests are the ones counted in total but not executed.
counter() {
  local sum=0 n
  for f in "$results"/*.trx; do
    [[ -e "$f" ]] || continue
    n=$(grep -o "<Counters [^>]*" "$f" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0)
    sum=$((sum + n))
  done
  echo "$sum"
}
passed=$(counter passed)
failed=$(counter failed)
skipped=$(($(counter total) - $(counter executed)))
if ((status != 0 && failed == 0)); then
  failed=1 # the run failed without a failing test (a crash, or no results): count it
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
((status == 0 && failed == 0))
