#!/usr/bin/env bash
# Checks the downloadable image the way a user without Java gets it: unpacks
# target/dist/envol-*.tar.gz into a fresh folder (not where it was built), then runs the packaged
# launcher with an environment holding no Java: PATH is an empty folder, no JAVA_HOME, a fresh
# HOME. It must print its version, estimate a sample model, and use its class-data-sharing
# archive.
# Usage: src/dist/check-dist.sh [ARCHIVE]   (called by .ci/run after mvn -Pdist)
set -euo pipefail
cd "$(dirname "$0")/../.."
archive=${1:-$(ls target/dist/envol-*.tar.gz 2>/dev/null | head -1)}
[ -f "$archive" ] || { echo "check-dist: no target/dist/envol-*.tar.gz (run mvn -Pdist first)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/unpacked" "$work/empty-path" "$work/home"
tar -C "$work/unpacked" -xzf "$archive"
launcher="$work/unpacked/envol/bin/envol"
model="$PWD/models/small-web-app.envol.json"

run() {  # no Java reachable: empty PATH, no JAVA_HOME, a HOME of its own
    env -i PATH="$work/empty-path" HOME="$work/home" LANG=C.UTF-8 "$@"
}
fail() { echo "check-dist: FAILED: $*" >&2; exit 1; }

run /bin/sh -c 'command -v java' >/dev/null 2>&1 && fail "java is reachable on the test PATH"

version=$(run "$launcher" --version) || fail "--version exited $?"
[[ "$version" =~ ^envol\ [0-9] ]] || fail "--version printed '$version'"

estimate=$(run "$launcher" estimate "$model" --format json) || fail "estimate exited $?"
grep -q '"monthly' <<<"$estimate" || fail "estimate printed no monthly figures: ${estimate:0:200}"

# the JDK layer of the CDS archive must map wherever the image is unpacked (the layer of Envol's
# own classes applies only where the image was built: JDK 17 cannot relocate it)
run JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" "$launcher" --version \
    >/dev/null 2>&1 || fail "--version with class logging exited $?"
shared=$(grep -c 'source: shared objects file' "$work/classes.log" || true)
loaded=$(grep -c 'source: ' "$work/classes.log" || true)
[ "$shared" -gt $((loaded / 2)) ] || fail "only $shared of $loaded classes came from the CDS archive"

echo "check-dist: OK ($version; estimate of $(basename "$model") without Java on PATH;" \
    "$shared of $loaded classes from the CDS archive) from $archive"
