# Sourced by fuzz.sh and fuzz-inputs.sh. libFuzzer stops at the first crash:
# fuzz_resumed runs a fuzz target again until RUNS executions are done (at
# most 50 starts), keeping each crashing input in CRASHES, and sets
# done_runs and crashes for its caller.
#
#   fuzz_resumed NAME TARGET RUNS CRASHES LOG [libFuzzer arguments...]
#
# NAME prefixes the messages; LOG gets the output of every start, and
# LOG.last the output of the latest one. The status is 2 when the target
# failed without leaving an input (a broken build or set-up, not a finding).
fuzz_resumed() {
  local name=$1 target=$2 runs=$3 crash_dir=$4 log=$5
  shift 5
  local last="$log.last" attempts=0 before after status ran
  done_runs=0
  crashes=0
  : >"$log"
  while [ "$done_runs" -lt "$runs" ] && [ "$attempts" -lt 50 ]; do
    attempts=$((attempts + 1))
    before=$(find "$crash_dir" -type f | wc -l)
    status=0
    "$target" -runs=$((runs - done_runs)) -print_final_stats=1 \
      -artifact_prefix="$crash_dir/" "$@" >"$last" 2>&1 || status=$?
    cat "$last" >>"$log"
    after=$(find "$crash_dir" -type f | wc -l)
    ran=$(sed -n 's/^stat::number_of_executed_units: *//p' "$last" | tail -n1)
    # A crash ends a start before its final statistics: take the last
    # progress line ("#12345 ...").
    [ -n "$ran" ] ||
      ran=$({ grep -o '^#[0-9]*' "$last" || true; } | tail -n1 | tr -d '#')
    done_runs=$((done_runs + ${ran:-0}))
    [ "$status" -eq 0 ] && continue
    if [ "$after" -eq "$before" ]; then
      echo "$name: the fuzzer failed without leaving an input; see $log" >&2
      return 2
    fi
    crashes=$((crashes + after - before))
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|not a one-line|an accepted|the merged|.*Test unit written)' \
      "$last" | sed "s/^/$name: /" >&2 || true
  done
}
