#!/usr/bin/env bash
# Benchmark (not a test): toasoan serving the cached seed article vs nginx serving the
# same response bytes from a file. wrk with keep-alive, 64 connections, 2 threads, in
# alternating rounds on this machine; prints requests/s per round, the medians, their
# ratio and toasoan's peak RSS.
#   bench/article_vs_nginx.sh [ROUNDS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
secs=${2:-8}
conns=64

scripts/bootstrap --test >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release --target toasoan >/dev/null
bin=$PWD/build/release/toasoan

work=$(mktemp -d /tmp/toasoan-bench.XXXXXX)
chmod 755 "$work"  # nginx workers run as an unprivileged user
cleanup() {
  [[ -n "${ts_pid:-}" ]] && kill "$ts_pid" 2>/dev/null || true
  [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ts_port=$(free_port)
ng_port=$(free_port)

"$bin" import --data "$work/data" demo/*.txt >"$work/import.txt"
path=$(sed -n 's#^created http://[^/]*##p' "$work/import.txt" | head -1)
"$bin" serve --data "$work/data" --listen "127.0.0.1:$ts_port" --threads 2 >/dev/null 2>&1 &
ts_pid=$!
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$ts_port/" && break; sleep 0.1; done

# nginx gets exactly the bytes toasoan sends for the article (identity coding, as wrk asks).
mkdir -p "$work/www"
curl -sf "http://127.0.0.1:$ts_port$path" -o "$work/www/article.html"
cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log $work/nginx-access.log combined buffer=64k flush=1s;  # as toasoan buffers its log
  sendfile on;
  tcp_nopush on;
  open_file_cache max=16 inactive=60s;
  open_file_cache_valid 60s;
  keepalive_requests 1000000;
  keepalive_timeout 60;
  types { text/html html; }
  client_body_temp_path $work/ngtmp;
  server {
    listen 127.0.0.1:$ng_port;
    root $work/www;
    location / { try_files /article.html =404; add_header Cache-Control no-cache; }
  }
}
NGINX
mkdir -p "$work/ngtmp"
nginx -c "$work/nginx.conf" -p "$work"
sleep 0.3
curl -s "http://127.0.0.1:$ng_port$path" -o "$work/check.html"; cmp "$work/check.html" "$work/www/article.html" || { head -c 300 "$work/check.html"; cat "$work/nginx-error.log"; exit 1; }
bytes=$(stat -c %s "$work/www/article.html")

run_wrk() {  # url -> requests/s
  wrk -t2 -c$conns -d${secs}s --latency "$1" | awk '/^Requests\/sec/ {print $2}'
}
run_wrk "http://127.0.0.1:$ts_port$path" >/dev/null   # warm-up
run_wrk "http://127.0.0.1:$ng_port$path" >/dev/null

ts_all=(); ng_all=()
for r in $(seq "$rounds"); do
  t=$(run_wrk "http://127.0.0.1:$ts_port$path")
  n=$(run_wrk "http://127.0.0.1:$ng_port$path")
  ts_all+=("$t"); ng_all+=("$n")
  printf 'round %d: toasoan %10.0f req/s   nginx %10.0f req/s   ratio %.2f\n' "$r" "$t" "$n" "$(echo "$t / $n" | bc -l)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
tm=$(median "${ts_all[@]}"); nm=$(median "${ng_all[@]}")
rss=$(awk '/VmHWM/ {print $2}' "/proc/$ts_pid/status")
echo "page: $path ($bytes bytes), wrk -t2 -c$conns -d${secs}s, $rounds alternating rounds"
printf 'median: toasoan %.0f req/s, nginx %.0f req/s, ratio %.2fx nginx; toasoan peak RSS %.1f MiB\n' \
  "$tm" "$nm" "$(echo "$tm / $nm" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
