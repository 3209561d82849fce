#!/usr/bin/env bash
# The benchmark suite in one command: cold small batches (20 and 300 documents, whole command, one
# core), convert (words/s on 1 and 2 cores, peak memory), the
# extraction stages (JMH), load beside tdb2.tdbloader, the canned queries (latency, requests/s over
# HTTP); prints a Markdown table with the machine and the issue's targets. See bench/README.md.
# Usage: bench/run.sh [--size quick|small|full] [--parts cold,convert,extract,load,query] [--docs N,N] [--quads N,N] [--help]
#        bench/run.sh generate --documents N [--seed S] -o DIR     (the corpus generator alone)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -ntp -DskipTests package dependency:build-classpath -pl bench/suite -am \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
cp="bench/suite/target/classes:$(cat bench/suite/target/classpath.txt)"
if [ "${1:-}" = generate ]; then
  shift
  exec java -cp "$cp" org.chancery.bench.corpus.GenerateCorpus "$@"
fi
exec java -Xmx2g -cp "$cp" org.chancery.bench.suite.BenchSuite --home "$root" --work target/bench "$@"
