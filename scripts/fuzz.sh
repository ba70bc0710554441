#!/bin/sh
# Fuzzes the whole pipeline with libFuzzer + ASan/UBSan (clang; Debian
# package libclang-rt-14-dev).  Usage: fuzz.sh [SECONDS] [JOBS]
# New interesting inputs land in build-fuzz/corpus; copy the small ones that
# found bugs into tests/fuzz/corpus so every build replays them.
set -eu
secs=${1:-60}
jobs=${2:-1}
B=build-fuzz
cmake -S . -B $B -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build $B -j2 --target libtempora >/dev/null
clang -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer -DTEMPORA_LIBFUZZER \
  -Iinclude tests/fuzz/fuzz_pipeline.c $B/libtempora.a \
  $(pkg-config --libs libcjson libical pangocairo cairo 2>/dev/null || pkg-config --libs libcjson) \
  -lpthread -lm -o $B/fuzz_pipeline
mkdir -p $B/corpus
cp -n tests/fuzz/corpus/* $B/corpus/ 2>/dev/null || true
cd $B
export LSAN_OPTIONS="suppressions=$(pwd)/../tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="fast_unwind_on_malloc=0"
./fuzz_pipeline -max_total_time="$secs" -jobs="$jobs" -workers="$jobs" -max_len=4096 \
  -timeout=20 -artifact_prefix=./ corpus
