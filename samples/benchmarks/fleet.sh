#!/usr/bin/env bash
# The fleet rate-limit benchmark (issue 17): N application JVMs share one API key against a stub that enforces
# requests and tokens per minute like OpenAI; each offers more than its share. Three setups side by side: no limiter
# (the client's retries of 429s only), the local limiter, the Redis-shared limiter. Prints a Markdown table.
#
#   samples/benchmarks/fleet.sh                       # 4 JVMs, 120 RPM, 40 s warm-up + 60 s measured per setup
#   DURATION=20 WARMUP=20 samples/benchmarks/fleet.sh # a smoke run
#
# Needs Debian's redis-server on the PATH (started here on a loopback port, no persistence). Loopback only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

INSTANCES="${INSTANCES:-4}"
RPM="${RPM:-120}"
TPM="${TPM:-1000000}"
RATE="${RATE:-1.5}"        # calls per second offered by each instance (4 x 1.5/s = 3 x the 2/s of 120 RPM)
WARMUP="${WARMUP:-40}"
DURATION="${DURATION:-60}"
LATENCY_MS="${LATENCY_MS:-100}"
START_DELAY_MS="${START_DELAY_MS:-30000}" # JVMs start, then all begin at the same instant
SETUPS="${SETUPS:-none local redis}"
STUB_PORT="${STUB_PORT:-18190}"
REDIS_PORT="${REDIS_PORT:-18191}"
JVM_OPTS="${JVM_OPTS:--Xms128m -Xmx256m -XX:TieredStopAtLevel=1}"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  mvn -B -q package -DskipTests -pl samples/benchmarks/stub-server,samples/benchmarks/client-driver -am
fi
classpath() { echo "$root/samples/benchmarks/$1/target/classes:$(cat "$root/samples/benchmarks/$1/target/classpath.txt")"; }
out="$here/target/fleet"
rm -rf "$out" && mkdir -p "$out/redis"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$out/redis" \
  --logfile "$out/redis/redis.log" --daemonize no &
pids+=($!)
java -Xmx256m -cp "$(classpath stub-server)" dev.integrations.openai.bench.RateLimitedStubServer \
  "$STUB_PORT" "$RPM" "$TPM" "$LATENCY_MS" >"$out/stub.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do grep -q "STUB READY" "$out/stub.log" && break; sleep 0.2; done
grep -q "STUB READY" "$out/stub.log" || { echo "stub did not start"; cat "$out/stub.log"; exit 1; }
redis-cli -p "$REDIS_PORT" ping >/dev/null

echo "| setup | JVMs | calls started | 200s | share of the limit | attempts | 429s (wasted attempts) | 429 share of attempts | p50 ms | p99 ms | calls failed | failures per JVM |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for setup in $SETUPS; do
  redis-cli -p "$REDIS_PORT" flushall >/dev/null
  # Each setup gets its own API key on the stub (a fresh budget): the key is the setup's run number.
  start=$(( $(date +%s%3N) + START_DELAY_MS ))
  drivers=()
  for i in $(seq 1 "$INSTANCES"); do
    java $JVM_OPTS -cp "$(classpath client-driver)" dev.integrations.openai.bench.FleetDriver \
      --stub "http://127.0.0.1:$STUB_PORT" --mode "$setup" --redis "redis://127.0.0.1:$REDIS_PORT" \
      --rate "$RATE" --start "$start" --warmup "$WARMUP" --duration "$DURATION" --key "sk-fleet-$setup" \
      --out "$out/$setup-$i.txt" >"$out/$setup-$i.log" 2>&1 &
    drivers+=($!)
  done
  for pid in "${drivers[@]}"; do wait "$pid" || echo "driver $pid failed (see $out/$setup-*.log)" >&2; done
  from=$(( start + WARMUP * 1000 ))
  to=$(( from + DURATION * 1000 ))
  stats=$(curl -s "http://127.0.0.1:$STUB_PORT/stats?from=$from&to=$to")
  java -cp "$(classpath client-driver)" dev.integrations.openai.bench.FleetReport "$setup" "$RPM" "$DURATION" \
    "$stats" "$out/$setup"-*.txt
done
