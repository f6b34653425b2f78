#!/usr/bin/env bash
# Mutation testing of the modules whose numbers users read (issue 23).
#
#   bench/mutation.sh                 every target below, one after another
#   bench/mutation.sh model reports   only those targets
#   bench/mutation.sh --retest model  after adding tests: run the target's
#                                     survivors again against the current tests
#
# Each target mutates a few source files with mutmut 3 and runs only the test
# modules that exercise them, so a target finishes in minutes on a 2-core
# machine; the whole run takes about an hour. Work happens in a copy under
# bench/out/mutation/TARGET (never in the worktree). At the end it prints the
# kill rate per module and every surviving mutant; `mutmut show NAME` in the
# target's directory shows a survivor's diff. Equivalent mutants are listed,
# with the reason, in bench/mutation-equivalent.md.
#
# Needs the `mutation` extra: pip install -e '.[test,mutation]'.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
CHILDREN="${MUTATION_CHILDREN:-2}"
OUT="$ROOT/bench/out/mutation"

# target | files to mutate (globs) | test modules
TARGETS=(
  "model|src/frontline/model/bounds.py src/frontline/model/build.py src/frontline/model/series.py src/frontline/model/views.py src/frontline/model/gaps.py src/frontline/model/figures.py src/frontline/model/wording.py|tests/test_series.py tests/test_views.py tests/test_gaps.py tests/test_held.py tests/test_reports.py tests/test_sources.py tests/test_mutants_model.py tests/test_mutants_views.py tests/test_properties.py"
  "periods|src/frontline/model/periods.py src/frontline/model/text.py|tests/test_periods.py tests/test_add_period.py tests/test_mutants_periods.py tests/test_mutants_model.py"
  "values|src/frontline/model/records.py src/frontline/model/rows.py|tests/test_records.py tests/test_rows.py tests/test_cli_numbers.py tests/test_mutants_store.py tests/test_properties.py"
  "geometry|src/frontline/model/geometry.py src/frontline/ingest/maps.py|tests/test_maps.py tests/test_map_diff.py tests/test_mutants_reports.py tests/test_properties.py"
  "store|src/frontline/store/bulk.py src/frontline/store/records.py|tests/test_bulk.py tests/test_store.py tests/test_cli_records.py tests/test_mutants_store.py"
  "reports|src/frontline/reports/*|tests/test_reports.py tests/test_held.py tests/test_map_diff.py tests/test_sources.py tests/test_pace.py tests/test_mutants_reports.py tests/test_mutants_model.py"
  "formats|src/frontline/render/formats.py|tests/test_render.py tests/test_table.py tests/test_report_render.py tests/test_export.py tests/test_mutants_formats.py"
)

retest=0
if [[ "${1:-}" == "--retest" ]]; then
  retest=1
  shift
fi
wanted=("$@")
summary_args=()
for entry in "${TARGETS[@]}"; do
  IFS='|' read -r name files tests <<<"$entry"
  if ((${#wanted[@]})) && [[ " ${wanted[*]} " != *" $name "* ]]; then
    continue
  fi
  work="$OUT/$name"
  if ((retest)); then
    if [[ ! -f "$work/results.txt" ]]; then
      echo "no earlier run of $name to retest" >&2
      continue
    fi
    rm -rf "$work/tests" "$work/mutants/tests"
    cp -r "$ROOT/tests" "$work/tests"
    cp -r "$ROOT/tests" "$work/mutants/tests"
    mapfile -t names < <(grep -E ': (survived|no tests)$' "$work/results.txt" | sed -E 's/^ *([^:]+): .*/\1/')
    echo "== $name: retesting ${#names[@]} survivors"
    if ((${#names[@]})); then
      (cd "$work" && HYPOTHESIS_PROFILE=mutation "$PYTHON" -m mutmut run --max-children "$CHILDREN" "${names[@]}" >"$work/retest.log" 2>&1) || {
        echo "mutmut failed for $name; see $work/retest.log" >&2
        tail -20 "$work/retest.log" >&2
      }
    fi
    (cd "$work" && "$PYTHON" -m mutmut results --all true >"$work/results.txt")
    summary_args+=("$work/results.txt")
    continue
  fi
  rm -rf "$work"
  mkdir -p "$work"
  cp -r "$ROOT/src" "$ROOT/tests" "$ROOT/migrations" "$ROOT/seed" "$ROOT/pyproject.toml" "$work/"
  existing=()
  for t in $tests; do [[ -f "$ROOT/$t" ]] && existing+=("\"$t\""); done
  globs=()
  for f in $files; do globs+=("\"$f\""); done
  {
    echo
    echo "[tool.mutmut]"
    echo "source_paths = [\"src\"]"
    echo "also_copy = [\"migrations\", \"seed\"]"
    echo "only_mutate = [$(IFS=,; echo "${globs[*]}")]"
    echo "pytest_add_cli_args_test_selection = [$(IFS=,; echo "${existing[*]}")]"
    echo "pytest_add_cli_args = [\"-q\", \"-p\", \"no:cacheprovider\", \"-p\", \"no:randomly\"]"
  } >>"$work/pyproject.toml"
  echo "== $name: $files"
  start=$(date +%s)
  (cd "$work" && HYPOTHESIS_PROFILE=mutation "$PYTHON" -m mutmut run --max-children "$CHILDREN" >"$work/run.log" 2>&1) || {
    echo "mutmut failed for $name; see $work/run.log" >&2
    tail -20 "$work/run.log" >&2
    continue
  }
  echo "   $(($(date +%s) - start)) s"
  (cd "$work" && "$PYTHON" -m mutmut results --all true >"$work/results.txt")
  summary_args+=("$work/results.txt")
done

((${#summary_args[@]})) && "$PYTHON" "$ROOT/bench/mutation_summary.py" "${summary_args[@]}"
