#!/usr/bin/env bash
# The test command: starts a throwaway PostgreSQL for this run, builds, runs every test project of the solution,
# and ends with one line summing them all: "N passed, N failed[, N skipped]". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

data=.data/pg-test
log_dir=.data/test-logs
mkdir -p "$log_dir"

scripts/postgres.sh stop "$data" 2>/dev/null
rm -rf "$data"
if ! ONCHANNEL_TEST_PG=$(PG_FAST=1 scripts/postgres.sh start "$data" | tail -n 1); then
  echo "PostgreSQL could not be started; the tests need it." >&2
  echo "0 passed, 1 failed"
  exit 1
fi
export ONCHANNEL_TEST_PG
trap 'scripts/postgres.sh stop "$data"' EXIT

if ! dotnet build OnChannelOrleans.sln -c Debug -nologo -v quiet -clp:ErrorsOnly; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

# A hung test (a grain call waiting on a dead silo, say) fails the run instead of blocking it.
dotnet test OnChannelOrleans.sln --no-build -nologo --blame-hang-timeout 5m "$@" 2>&1 | tee "$log_dir/dotnet-test.log"
status=${PIPESTATUS[0]}

# Sum the per-project result lines ("Passed!  - Failed: 0, Passed: 19, Skipped: 0, Total: 19, ...").
read -r passed failed skipped projects < <(grep -E '^(Passed|Failed)!  - Failed:' "$log_dir/dotnet-test.log" | awk -F'[:,]' '
  { f += $2; p += $4; s += $6; n += 1 }
  END { printf "%d %d %d %d\n", p, f, s, n }')
expected=$(grep -c 'Tests.csproj' OnChannelOrleans.sln)
if [ "$projects" -lt "$expected" ]; then
  echo "Only $projects of $expected test projects reported results."
  failed=$((failed + expected - projects))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
