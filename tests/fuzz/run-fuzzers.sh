#!/usr/bin/env bash
# Builds the readers' libFuzzer harnesses with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs each for SECONDS (default 600), DIEUHANH_FUZZ_JOBS (default 2) at a time. Each corpus starts from tests/fuzz/seeds/<target>
# and the format's examples: resources/reporting/examples/, resources/mappings/, and
# ../shared/data/formats/ where it is beside the checkout.
# A crash leaves its input in build-fuzz/artifacts/<target>/: copy it to
# tests/fuzz/regressions/<target>/ once fixed, so the normal suite keeps running it.
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET ...]
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-600}
shift || true
build=${DIEUHANH_FUZZ_BUILD:-$root/build-fuzz}
jobs=${DIEUHANH_FUZZ_JOBS:-2}

"$root/packaging/install-deps.sh" --fuzz
cmake -S "$root" -B "$build" -G Ninja -DDIEUHANH_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for d in "$root"/tests/fuzz/seeds/*/; do targets+=("$(basename "$d")"); done
fi
ninja -C "$build" "${targets[@]/#/fuzz_}"

declare -A shared=([jsonstat]=jsonstat [px]=px [sdmxjson]=sdmx-json)
run() {
    local t=$1 corpus=$build/corpus/$1 artifacts=$build/artifacts/$1/
    mkdir -p "$corpus" "$artifacts"
    cp -n "$root"/tests/fuzz/seeds/"$t"/* "$corpus"/
    if [ "$t" = reporting ]; then cp -n "$root"/resources/reporting/examples/* "$corpus"/; fi
    if [ "$t" = codemapping ]; then cp -n "$root"/resources/mappings/* "$corpus"/; fi
    if [ -n "${shared[$t]:-}" ] && [ -d "$root/../shared/data/formats/${shared[$t]}" ]; then
        cp -n "$root/../shared/data/formats/${shared[$t]}"/* "$corpus"/
    fi
    "$build/bin/fuzz_$t" -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=4096 -timeout=30 \
        -artifact_prefix="$artifacts" -print_final_stats=1 "$corpus" >"$build/fuzz_$t.log" 2>&1 \
        && echo "fuzz_$t: clean" || echo "fuzz_$t: FOUND SOMETHING, see $build/fuzz_$t.log and $artifacts"
    grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "$build/fuzz_$t.log" | tail -2 | sed "s/^/fuzz_$t: /"
}

running=0
for t in "${targets[@]}"; do
    run "$t" &
    running=$((running + 1))
    if [ $running -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait
