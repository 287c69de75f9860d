#!/usr/bin/env bash
# Cold-start figures of the installable image against java -jar (README "Benchmarks"), with
# hyperfine (apt-get install -y hyperfine). Each run is a fresh JVM: that is the point.
# Usage: src/dist/bench.sh [RUNS]   after mvn -Pdist -DskipTests package
# MOVED=1 first unpacks the tar.gz elsewhere, as a user would (the JDK layer of the CDS archive
# applies; the layer of Envol's classes applies only where the image was built, see dist.xml).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
image=target/dist/envol
if [ "${MOVED:-0}" = 1 ]; then
    tar -C "$work" -xzf target/dist/envol-*.tar.gz
    image="$work/envol"
fi
model=models/betting-platform.envol.json
java -jar target/envol.jar generate --applications 1000 --seed 42 --out "$work/estate.envol.json" >/dev/null

hyperfine -N -w 1 -r "$runs" \
    -n "java -jar estimate" "java -jar target/envol.jar estimate $model" \
    -n "image estimate" "$image/bin/envol estimate $model"
hyperfine -N -w 1 -r "$(( (runs + 2) / 3 ))" \
    -n "java -jar export 1,000 applications" "java -jar target/envol.jar export $work/estate.envol.json --out $work/jar-out" \
    -n "image export 1,000 applications" "$image/bin/envol export $work/estate.envol.json --out $work/image-out"

# First window (splash) and built main window, under Xvfb, 3 runs each (as README "Benchmarks")
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
    for launcher in "java -jar target/envol.jar" "$image/bin/envol"; do
        for _ in 1 2 3; do
            LAUNCHER="$launcher" xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
                start=$(date +%s%N); $LAUNCHER >/dev/null 2>&1 & pid=$!
                xdotool search --sync --name Envol >/dev/null; first=$(( ($(date +%s%N)-start)/1000000 ))
                xdotool search --sync --name "— Envol" >/dev/null; built=$(( ($(date +%s%N)-start)/1000000 ))
                echo "$LAUNCHER: first window $first ms, main window $built ms"; kill $pid'
        done
    done
fi
