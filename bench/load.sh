#!/usr/bin/env bash
# Load throughput: `chancery load` beside tdb2.tdbloader on the same N-Quads (the seeds, converted,
# and a generated Chancery-like corpus of a million quads). See bench/load/README.md.
# Usage: bench/load.sh [--quads N] [--runs R] [--seed S] [--xmx 2g] [--seeds DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests package dependency:build-classpath -pl bench/load -am \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
cp="bench/load/target/classes:$(cat bench/load/target/classpath.txt)"
seeds=()
if [ -d ../shared/seeds ]; then seeds=(--seeds ../shared/seeds); fi
exec java -Xmx1g -cp "$cp" org.chancery.bench.LoadBench --work target/bench-load "${seeds[@]}" "$@"
