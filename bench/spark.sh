#!/usr/bin/env bash
# Spark local[2] against `chancery convert` on the same two cores, in one run, over N generated
# documents (default 10,000): both wall-clock times (JVM start included), their ratio, the Spark
# run's throughput per CPU-second, and the cores that would convert 10M documents an hour at that rate.
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

# Wall-clock and CPU seconds (user + system, the JVM's threads and children): on a shared machine
# the CPU seconds say what the work costs, the wall clock what other load made of it.
TIMEFORMAT='%R %U %S'
{ time $pin ./chancery convert --threads 2 -f nq -o "$work/cli.nq" "$work/corpus" 2> "$work/cli.log" || true; } 2> "$work/cli.time"
{ time $pin ./chancery spark convert --master 'local[2]' --partitions 2 -o "$work/spark" "$work/corpus" 2> "$work/spark.log" || true; } 2> "$work/spark.time"
read -r cw cu cs < "$work/cli.time"
read -r sw su ss < "$work/spark.time"

sort "$work/cli.nq" > "$work/cli.sorted"
cat "$work"/spark/part-r-*.nq | sort > "$work/spark.sorted"
if cmp -s "$work/cli.sorted" "$work/spark.sorted"; then same="yes ($(wc -l < "$work/cli.sorted") quads)"; else same="NO (see $work)"; fi

awk -v n="$n" -v w="$words" -v cw="$cw" -v cu="$cu" -v cs="$cs" -v sw="$sw" -v su="$su" -v ss="$ss" -v same="$same" \
    -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  ccpu = cu + cs; scpu = su + ss;
  printf "| documents | words | convert (2 threads): wall, CPU | Spark local[2]: wall, CPU | Spark / convert (wall, CPU) | Spark per CPU-second | same quads |\n";
  printf "|---|---|---|---|---|---|---|\n";
  printf "| %d | %d | %.1f s, %.1f s | %.1f s, %.1f s | %.2f, %.2f | %.1f documents, %.0f words | %s |\n",
         n, w, cw, ccpu, sw, scpu, sw / cw, scpu / ccpu, n / scpu, w / scpu, same;
  per = n / scpu;
  printf "\nLoad average after the run: %s. At %.1f documents per CPU-second (one busy core), 10,000,000 documents an hour (%.0f a second) need about %d cores.\n",
         load, per, 10000000 / 3600, int(10000000 / 3600 / per + 0.999);
}' | tee "$work/result.md"
