# The two commands of the README's quick start, and a few more.
#   make demo   install missing Debian packages, build, run the samples -> out/
#   make test   install, build (normal + ASan/UBSan), run the whole suite
#   make bench  throughput and peak memory benchmark
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= 2
FORMATS = $(shell [ -x $(BUILD)/tempora ] && $(BUILD)/tempora --version | sed -n 's/^formats: //p')

.PHONY: all deps build asan demo test bench clean

all: build

deps:
	@scripts/deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTEMPORA_WERROR=ON >/dev/null
	cmake --build $(BUILD) -j$(JOBS)

asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=gcc \
	  -DTEMPORA_SANITIZE=ON -DTEMPORA_WERROR=ON >/dev/null
	cmake --build $(ASAN_BUILD) -j$(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)/tempora out

test: build asan
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j$(JOBS)

bench: build
	@scripts/bench.sh $(BUILD)/tempora
	@scripts/bench_tagger.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) out
