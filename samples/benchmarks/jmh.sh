#!/usr/bin/env bash
# Runs the JMH micro-benchmarks (time per op and allocated bytes per op) and writes target/jmh/jmh.md, then times
# the same operations by thread CPU time (robust on a loaded machine) into target/jmh/cpu.md.
#
#   samples/benchmarks/jmh.sh                 # all benchmarks
#   JMH_ARGS="-f 1 -wi 2 -i 3" samples/benchmarks/jmh.sh Stream   # a regex, fewer iterations
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q package -DskipTests -pl samples/benchmarks/jmh -am
fi
out="$here/target/jmh"
mkdir -p "$out"
cp="$here/jmh/target/classes:$(cat "$here/jmh/target/classpath.txt")"
java ${JMH_JVM_OPTS:--Xms1g -Xmx1g} -cp "$cp" org.openjdk.jmh.Main ${JMH_ARGS:-} -prof gc -rf json -rff "$out/jmh.json" \
  "${@:-.*}" | tee "$out/jmh.log"
java -cp "$cp" dev.integrations.openai.bench.jmh.JmhTable "$out/jmh.json" >"$out/jmh.md"
java ${JMH_JVM_OPTS:--Xms1g -Xmx1g} -DwarmupMillis="${CPU_WARMUP_MS:-3000}" -DbatchMillis="${CPU_BATCH_MS:-600}" \
  -cp "$cp" dev.integrations.openai.bench.jmh.CpuPerOp >"$out/cpu.md" 2>/dev/null
cat "$out/jmh.md" "$out/cpu.md"
