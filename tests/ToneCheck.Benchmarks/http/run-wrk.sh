#!/usr/bin/env bash
# Throughput and latency of POST /v1/check on this machine: builds the CLI in Release, starts `tonecheck serve`
# on a free loopback port, warms it up, runs wrk against 127.0.0.1 only, and stops the service.
# Usage: tests/ToneCheck.Benchmarks/http/run-wrk.sh [seconds=20] [connections=16] [threads=2] [--no-model] [--distinct]
# --distinct makes every request's sentences new (check-distinct.lua); by default every request sends the same letter.
# WARMUP=seconds (default 30) of load before the measured run.
set -euo pipefail
cd "$(dirname "$0")/../../.."
here=tests/ToneCheck.Benchmarks/http
seconds=${1:-20}; connections=${2:-16}; threads=${3:-2}; model=""; script=check.lua
for flag in "${@:4}"; do
  case "$flag" in
    --no-model) model=--no-model ;;
    --distinct) script=check-distinct.lua ;;
    *) echo "unknown option $flag" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

dotnet build -c Release src/ToneCheck.Cli -v q -nologo >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:${port}"
dotnet src/ToneCheck.Cli/bin/Release/net10.0/tonecheck.dll serve --urls "$url" $model >/tmp/tonecheck-serve.$$.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "$url/healthz" >/dev/null || { echo "the service did not start:" >&2; cat /tmp/tonecheck-serve.$$.log >&2; exit 1; }

export LETTER="$here/letter-300.txt"
echo "letter: $(wc -w <"$LETTER") words; $(curl -s -X POST -H 'Content-Type: text/plain' --data-binary @"$LETTER" "$url/v1/check" | grep -c '"ruleId"') findings"
# Warm-up: tiered compilation with PGO keeps recompiling hot methods for tens of seconds under load (its thread
# used about 5 s of CPU here), and a measurement taken before it settles reads a third of the steady rate.
wrk -t"$threads" -c"$connections" -d"${WARMUP:-30}s" -s "$here/$script" "$url/v1/check" >/dev/null
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/$script" "$url/v1/check"
