#!/usr/bin/env bash
# Builds the solution once, runs every test project (a failing project does not stop the others) and closes with
# the line CI reads: "N passed, N failed, N skipped", summed from the TRX files. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The app reads DANVAN_* variables after the test settings; a developer's own (a database, a password) must not leak in.
for variable in $(compgen -e DANVAN_ || true); do
  [[ $variable == DANVAN_TEST_* ]] || unset "$variable"
done

results=TestResults
rm -rf "$results"
mkdir -p "$results"
status=0

summary() {
  python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
totals = {"passed": 0, "failed": 0, "skipped": 0}
for path in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    counters = ET.parse(path).getroot().find(f"{ns}ResultSummary/{ns}Counters")
    if counters is None:
        totals["failed"] += 1  # an unreadable result file is a failed run
        continue
    n = lambda k: int(counters.get(k, "0"))
    totals["passed"] += n("passed")
    totals["failed"] += n("failed") + n("error") + n("timeout") + n("aborted")
    totals["skipped"] += n("notExecuted") + n("inconclusive") + n("notRunnable")
print(f"{totals['passed']} passed, {totals['failed']} failed, {totals['skipped']} skipped")
sys.exit(1 if totals["failed"] else 0)
PY
}

if ! dotnet tool restore || ! dotnet build DanVan.slnx -c Release; then
  echo "Build failed: no tests were run."
  summary || true
  exit 1
fi

# The projects run one after the other (side by side they shared the two cores badly: the browser tests timed out
# under the app tests' server restarts), each with its time. DanVan.Bench.Tests: the
# benchmark's smoke run (dataset XS, both providers) so the harness never rots; goals are not asserted.
run_project() {
  local project=$1 name
  name=$(basename "$project")
  [[ -f "$project/$name.csproj" ]] || return 0
  local started=$SECONDS rc=0
  echo "=== $name"
  dotnet test "$project" --no-build -c Release --logger "trx;LogFileName=$name.trx" --results-directory "$results" || rc=$?
  echo "=== $name: $((SECONDS - started)) s"
  [[ -f "$results/$name.trx" ]] || echo "$name produced no test results."
  [[ $rc -eq 0 && -f "$results/$name.trx" ]]
}

for project in tests/DanVan.Tests tests/DanVan.E2E tests/DanVan.Bench.Tests; do
  run_project "$project" || status=1
done

summary || status=1
exit "$status"
