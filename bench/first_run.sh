#!/usr/bin/env bash
# Fresh-clone start-up, by hand: clone this repo into a scratch folder, `make run` on a free port,
# and print when /api/health first answers 200, how the served bank grows, when the first bank
# sync ends, and how fast a second `make run` answers.  Usage: bench/first_run.sh [PORT]
set -u
port=${1:-5055}
repo=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
git clone -q "$repo" "$scratch/clone" && cd "$scratch/clone" || exit 1
unset DATABASE_URL JUDGE_BACKEND
elapsed() { echo "$(date +%s.%N) - $1" | bc; }
health() { curl -sf "http://127.0.0.1:$port/api/health"; }
start=$(date +%s.%N)
setsid make run PORT="$port" > "$scratch/run1.log" 2>&1 &
until health >/dev/null 2>&1; do sleep 0.5; done
echo "first run: health 200 after $(elapsed "$start") s"
until grep -q "added\|bank up to date" "$scratch/run1.log"; do
  echo "  t=$(elapsed "$start") s problems served: $(health | python3 -c 'import json,sys; print(json.load(sys.stdin)["bank"]["problems"])')"
  sleep 10
done
echo "first bank sync done after $(elapsed "$start") s: $(grep -m1 'added' "$scratch/run1.log")"
pkill -f "port $port"; sleep 2
start=$(date +%s.%N)
setsid make run PORT="$port" > "$scratch/run2.log" 2>&1 &
until health >/dev/null 2>&1; do sleep 0.2; done
echo "second run: health 200 after $(elapsed "$start") s"
sleep 3; grep "bank up to date" "$scratch/run2.log"
pkill -f "port $port"; sleep 1
rm -rf "$scratch"
