#!/usr/bin/env bash
# Mutation testing of the modules whose numbers users read (issue 23).
#
#   bench/mutation.sh                 every target below, one after another
#   bench/mutation.sh model reports   only those targets
#   bench/mutation.sh --retest model  after adding tests: run the target's
#                                     survivors (and the mutants a stopped run
#                                     never reached) against the current tests
#                                     (MUTATION_ONLY=REGEX: only those whose
#                                     names match)
#   bench/mutation.sh --resume model  after the code changed: bring the target's
#                                     copy up to date (sources, tests) and run the
#                                     mutants without a result, those of every
#                                     function changed since and those a stopped
#                                     run never reached; the others keep theirs
#                                     (MUTATION_GLOB='PATTERN ...': instead, every
#                                     mutant whose name matches one of those
#                                     fnmatch patterns, e.g.
#                                     'frontline.model.series.x__range__*')
#
# Each target mutates a few source files with mutmut 3 and runs only the tests
# that exercise them (modules, or single tests as pytest node ids), so that a
# target finishes within about half an hour on a busy 2-core machine. Work
# happens in a copy under bench/out/mutation/TARGET (never in the worktree). At
# the end it prints the kill rate per module and every surviving mutant;
# `mutmut show NAME` in the target's directory shows a survivor's diff.
# Equivalent mutants are listed, with the reason, in bench/mutation-equivalent.md.
#
# Needs the `mutation` extra: pip install -e '.[test,mutation]'.
# MUTATION_CHILDREN sets the parallel workers (default 2).
set -euo pipefail

main() {
  ROOT="$(cd "$(dirname "$0")/.." && pwd)"
  PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
  CHILDREN="${MUTATION_CHILDREN:-2}"
  OUT="$ROOT/bench/out/mutation"
  local M=src/frontline/model
  local MAPS=tests/test_properties.py::test_gained_less_lost_is_the_net_change_for_any_two_maps
  local ROUND=tests/test_properties.py::test_import_then_export_gives_back_every_record

  # target | files to mutate (globs) | tests
  local R=src/frontline/reports
  local REPORT_TESTS="tests/test_reports.py tests/test_held.py tests/test_sources.py tests/test_pace.py tests/test_mutants_reports.py tests/test_mutants_reports2.py tests/test_mutants_held.py tests/test_cli_reports.py"
  TARGETS=(
    "model|$M/bounds.py $M/build.py $M/nodes.py $M/series.py $M/views.py $M/gaps.py $M/figures.py|tests/test_series.py tests/test_changes_cover.py tests/test_views.py tests/test_gaps.py tests/test_held.py tests/test_reports.py tests/test_sources.py tests/test_mutants_model.py tests/test_mutants_model2.py tests/test_mutants_views.py tests/test_properties.py"
    "bounds|$M/bounds.py $M/scope.py $M/decimals.py|tests/test_mutants_bounds.py tests/test_mutants_scope.py tests/test_mutants_decimals.py tests/test_series.py tests/test_spec.py tests/test_headers.py tests/test_reports.py tests/test_xlsx.py tests/test_import.py tests/test_export.py"
    "wording|$M/wording.py|tests/test_reports.py tests/test_held.py tests/test_cli_reports.py tests/test_mutants_model.py tests/test_mutants_views.py"
    "periods|$M/periods.py $M/text.py|tests/test_periods.py tests/test_mutants_periods.py"
    "keywords|$M/keywords.py|tests/test_mutants_keywords.py tests/test_api_commands.py"
    "events|$M/events.py|tests/test_mutants_events.py tests/test_mutants_periods.py tests/test_periods.py"
    "records|$M/records.py $M/values.py|tests/test_records.py tests/test_mutants_values.py tests/test_mutants_records.py tests/test_mutants_rows.py tests/test_extract_numbers.py::test_plain_km2 $ROUND"
    "rows|$M/rows.py|tests/test_rows.py tests/test_mutants_rows.py"
    "geometry|$M/geometry.py|tests/test_shapes.py tests/test_maps.py tests/test_map_diff.py tests/test_mutants_geometry.py $MAPS"
    "store|src/frontline/store/bulk.py src/frontline/store/records.py|tests/test_bulk.py tests/test_store.py tests/test_mutants_store.py tests/test_mutants_store2.py tests/test_mutants_store3.py tests/test_mutants_store4.py tests/test_cli_records.py tests/test_export.py tests/test_cli_list.py tests/test_hardening.py::test_a_record_numbered_past_the_given_range_can_be_edited"
    "held|$R/held.py $R/sources.py $R/projection.py|$REPORT_TESTS"
    "window|$R/window.py $R/common.py|$REPORT_TESTS tests/test_mutants_model.py tests/test_mutants_window.py tests/test_changes_cover.py tests/test_mutants_balance.py"
    "reports|$R/balance.py $R/check.py $R/extremes.py $R/map_diff.py $R/reach.py $R/spec.py|$REPORT_TESTS tests/test_map_diff.py tests/test_map_diff_by.py tests/test_map_regions.py tests/test_mutants_model.py tests/test_mutants_extremes.py tests/test_mutants_reports3.py tests/test_mutants_balance.py tests/test_mutants_spec.py tests/test_mutants_geometry.py tests/test_spec.py tests/test_mutants_spec_db.py tests/test_newsroom.py"
    "mapspec|$R/map_diff_spec.py|tests/test_mutants_map_diff_spec.py tests/test_map_diff.py tests/test_map_diff_by.py tests/test_map_regions.py tests/test_api_commands.py"
    "formats|src/frontline/render/formats.py src/frontline/formats/cells.py|tests/test_render.py tests/test_table.py tests/test_report_render.py tests/test_export.py tests/test_mutants_formats.py"
  )

  local retest=0 resume=0
  if [[ "${1:-}" == "--retest" ]]; then
    retest=1
    shift
  elif [[ "${1:-}" == "--resume" ]]; then
    resume=1
    shift
  fi
  local wanted=("$@")
  local summary_args=()
  local entry name files tests work
  for entry in "${TARGETS[@]}"; do
    IFS='|' read -r name files tests <<<"$entry"
    if ((${#wanted[@]})) && [[ " ${wanted[*]} " != *" $name "* ]]; then
      continue
    fi
    work="$OUT/$name"
    if ((retest)); then
      retest_target "$name" "$work" "$tests" && summary_args+=("$work/results.txt")
    elif ((resume)); then
      resume_target "$name" "$work" "$files" "$tests" && summary_args+=("$work/results.txt")
    else
      run_target "$name" "$work" "$files" "$tests" && summary_args+=("$work/results.txt")
    fi
  done
  if ((${#summary_args[@]})); then
    "$PYTHON" "$ROOT/bench/mutation_summary.py" "${summary_args[@]}"
  fi
}

run_target() {
  local name=$1 work=$2 files=$3 tests=$4
  rm -rf "$work"
  mkdir -p "$work"
  cp -r "$ROOT/src" "$ROOT/tests" "$ROOT/migrations" "$ROOT/seed" "$ROOT/pyproject.toml" "$work/"
  local selected=() globs=() t f
  for t in $tests; do
    [[ -f "$ROOT/${t%%::*}" ]] && selected+=("\"$t\"")
  done
  for f in $files; do globs+=("\"$f\""); done
  {
    echo
    echo "[tool.mutmut]"
    echo "source_paths = [\"src\"]"
    echo "also_copy = [\"migrations\", \"seed\"]"
    echo "only_mutate = [$(IFS=,; echo "${globs[*]}")]"
    echo "pytest_add_cli_args_test_selection = [$(IFS=,; echo "${selected[*]}")]"
    echo "pytest_add_cli_args = [\"-q\", \"-p\", \"no:cacheprovider\", \"-n\", \"0\"]"
  } >>"$work/pyproject.toml"
  echo "== $name: $files"
  local start
  start=$(date +%s)
  if ! (cd "$work" && HYPOTHESIS_PROFILE=mutation "$PYTHON" -m mutmut run --max-children "$CHILDREN" >"$work/run.log" 2>&1); then
    echo "mutmut failed for $name; see $work/run.log" >&2
    tail -20 "$work/run.log" >&2
    return 1
  fi
  echo "   $(($(date +%s) - start)) s"
  (cd "$work" && "$PYTHON" -m mutmut results --all true >"$work/results.txt")
}

retest_target() {
  local name=$1 work=$2 tests=$3
  if [[ ! -f "$work/results.txt" ]]; then
    echo "no earlier run of $name to retest" >&2
    return 1
  fi
  # The target's tests as they are now (new modules, a wider selection).
  local selected=() t
  for t in $tests; do
    [[ -f "$ROOT/${t%%::*}" ]] && selected+=("\"$t\"")
  done
  sed -i "s|^pytest_add_cli_args_test_selection = .*|pytest_add_cli_args_test_selection = [$(IFS=,; echo "${selected[*]}")]|" "$work/pyproject.toml"
  rm -rf "$work/tests" "$work/mutants/tests"
  cp -r "$ROOT/tests" "$work/tests"
  cp -r "$ROOT/tests" "$work/mutants/tests"
  local names=()
  mapfile -t names < <(grep -E ': (survived|no tests|not checked)$' "$work/results.txt" |
    sed -E 's/^ *([^:]+): .*/\1/' | grep -E -- "${MUTATION_ONLY:-.}" || true)
  echo "== $name: retesting ${#names[@]} survivors and unrun mutants"
  if ((${#names[@]})); then
    (cd "$work" && HYPOTHESIS_PROFILE=mutation "$PYTHON" -m mutmut run --max-children "$CHILDREN" "${names[@]}" >"$work/retest.log" 2>&1) || {
      echo "mutmut failed for $name; see $work/retest.log" >&2
      tail -20 "$work/retest.log" >&2
    }
  fi
  # mutmut reports the mutants it did not run again as "not checked": they keep
  # their status from the run before.
  cp "$work/results.txt" "$work/results-before.txt"
  (cd "$work" && "$PYTHON" -m mutmut results --all true >"$work/results-retest.txt")
  "$PYTHON" - "$work/results-before.txt" "$work/results-retest.txt" >"$work/results.txt" <<'MERGE'
import re
import sys

line = re.compile(r"^\s*(\S+): (.+)$")
before = {}
for text in open(sys.argv[1], encoding="utf-8"):
    match = line.match(text)
    if match:
        before[match[1]] = match[2].strip()
for text in open(sys.argv[2], encoding="utf-8"):
    match = line.match(text)
    if match and match[2].strip() == "not checked" and match[1] in before:
        text = f"    {match[1]}: {before[match[1]]}\n"
    sys.stdout.write(text)
MERGE
}

resume_target() {
  local name=$1 work=$2 files=$3 tests=$4
  if [[ ! -d "$work/mutants" ]]; then
    echo "no earlier run of $name to resume" >&2
    return 1
  fi
  local selected=() t f
  for t in $tests; do
    [[ -f "$ROOT/${t%%::*}" ]] && selected+=("\"$t\"")
  done
  sed -i "s|^pytest_add_cli_args_test_selection = .*|pytest_add_cli_args_test_selection = [$(IFS=,; echo "${selected[*]}")]|" "$work/pyproject.toml"
  # Fresh sources (newer than the mutated copies, so mutmut mutates them again
  # and forgets the results of the functions whose code changed), tests and
  # data. The copies of the modules not mutated are dropped for mutmut to copy
  # again; the mutated ones stay with their results.
  local keep="$work/keep"
  rm -rf "$keep" "$work/src" "$work/tests" "$work/migrations" "$work/seed"
  cp -r "$ROOT/src" "$ROOT/tests" "$ROOT/migrations" "$ROOT/seed" "$work/"
  for f in $files; do
    mkdir -p "$keep/$(dirname "$f")"
    cp -p "$work/mutants/$f" "$work/mutants/$f.meta" "$work/mutants/$f.spans" "$keep/$(dirname "$f")/" 2>/dev/null || true
  done
  rm -rf "$work/mutants/src" "$work/mutants/tests" "$work/mutants/migrations" "$work/mutants/seed"
  cp -rp "$keep/src" "$work/mutants/src"
  cp -r "$ROOT/tests" "$work/mutants/tests"
  rm -rf "$keep"
  local globs=()
  read -r -a globs <<<"${MUTATION_GLOB:-}"
  echo "== $name: resuming${MUTATION_GLOB:+ ($MUTATION_GLOB)}"
  (cd "$work" && HYPOTHESIS_PROFILE=mutation "$PYTHON" -m mutmut run --max-children "$CHILDREN" "${globs[@]}" >"$work/resume.log" 2>&1) || {
    echo "mutmut failed for $name; see $work/resume.log" >&2
    tail -20 "$work/resume.log" >&2
  }
  (cd "$work" && "$PYTHON" -m mutmut results --all true >"$work/results.txt")
}

main "$@"
exit
