#!/usr/bin/env bash
# Spark local[2] against `chancery convert` on the same two cores, in one run, over N generated
# documents (default 10,000): both wall-clock times (JVM start included), their ratio, the Spark
# run's throughput per core, and the cores that would convert 10M documents an hour at that rate.
# Checks on the way that both wrote the same quads. Usage: bench/spark.sh [N]. Figures: bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-10000}"
work="$root/target/bench/spark-$n"
rm -rf "$work"
mkdir -p "$work"
bench/run.sh generate --documents "$n" -o "$work/corpus" 2> "$work/generate.log"
words=$(grep -o 'documents, [0-9,]* words' "$work/generate.log" | tr -dc '0-9')
# Both builds first, so neither timing includes Maven.
./chancery --version > /dev/null
./chancery spark convert --help > /dev/null
pin=""
if command -v taskset > /dev/null && [ "$(nproc --all)" -ge 2 ]; then pin="taskset -c 0,1"; fi

now() { date +%s.%N; }
t0=$(now)
$pin ./chancery convert --threads 2 -f nq -o "$work/cli.nq" "$work/corpus" 2> "$work/cli.log" || true
t1=$(now)
$pin ./chancery spark convert --master 'local[2]' --partitions 2 -o "$work/spark" "$work/corpus" 2> "$work/spark.log" || true
t2=$(now)

sort "$work/cli.nq" > "$work/cli.sorted"
cat "$work"/spark/part-r-*.nq | sort > "$work/spark.sorted"
if cmp -s "$work/cli.sorted" "$work/spark.sorted"; then same="yes ($(wc -l < "$work/cli.sorted") quads)"; else same="NO (see $work)"; fi

awk -v n="$n" -v w="$words" -v c="$t0" -v d="$t1" -v e="$t2" -v same="$same" 'BEGIN {
  cli = d - c; spark = e - d;
  printf "| documents | words | chancery convert (2 threads) | Spark local[2] | Spark / convert | Spark per core | same quads |\n";
  printf "|---|---|---|---|---|---|---|\n";
  printf "| %d | %d | %.1f s | %.1f s | %.2f | %.1f documents/s, %.0f words/s | %s |\n",
         n, w, cli, spark, spark / cli, n / spark / 2, w / spark / 2, same;
  per = n / spark / 2;
  printf "\nAt %.1f documents/s per core, 10,000,000 documents an hour need about %d cores (%.0f documents/s).\n",
         per, int(10000000 / 3600 / per + 0.999), 10000000 / 3600;
}' | tee "$work/result.md"
