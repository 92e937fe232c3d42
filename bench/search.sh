#!/usr/bin/env bash
# Benchmark (not a test) of search on 100,000 synthetic Vietnamese articles: index build
# time and p50/p95 latency of top-10 queries of four kinds (one common word, three words,
# a phrase, no diacritics), ours beside plain FTS5 `unicode61 remove_diacritics 2` on the
# same corpus in the same run. See bench/search_bench.cc.
#   bench/search.sh [ARTICLES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
rounds=${2:-15}

cmake --preset release >/dev/null
nice -n 10 cmake --build build/release --target search_bench -j1 >/dev/null
work=$(mktemp -d /tmp/toasoan-search-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
build/release/search_bench --articles "$articles" --rounds "$rounds" --dir "$work"
