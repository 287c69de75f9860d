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

# unpacked elsewhere, a command's first run makes a CDS layer of Envol's classes in the user's
# cache (needs mkdir and mv on PATH: a folder holding only those two, still no Java), used from
# the second run on; the output is the same, with nothing more on stderr. Then an unwritable
# cache: same output again, nothing on stderr.
mkdir -p "$work/tools"
ln -s "$(command -v mkdir)" "$work/tools/mkdir"
ln -s "$(command -v mv)" "$work/tools/mv"
ln -s "$(command -v rm)" "$work/tools/rm"
cached() {
    env -i PATH="$work/tools" HOME="$work/home" LANG=C.UTF-8 "$@"
}
first=$(cached "$launcher" estimate "$model" --format json 2>"$work/first.err") \
    || fail "first estimate with a cache exited $?"
[ "$first" = "$estimate" ] || fail "the first estimate with a cache printed another output"
[ ! -s "$work/first.err" ] || fail "the first estimate with a cache wrote on stderr: $(head -3 "$work/first.err")"
layer=$(ls "$work"/home/.cache/envol/*/"$work"/unpacked/envol/estimate.jsa 2>/dev/null || true)
[ -n "$layer" ] || fail "no CDS layer of estimate in the user's cache after its first run"
cached JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/cached.log" "$launcher" estimate \
    "$model" --format json >/dev/null 2>&1 || fail "second estimate with a cache exited $?"
grep -q 'dev.envol.cli.EstimateCommand source: shared objects file (top)' "$work/cached.log" \
    || fail "the second estimate did not load Envol's classes from the cached CDS layer"
touch "$work/not-a-folder"
unwritable=$(env -i PATH="$work/tools" XDG_CACHE_HOME="$work/not-a-folder" HOME="$work/home2" \
    LANG=C.UTF-8 "$launcher" estimate "$model" --format json 2>"$work/unwritable.err") \
    || fail "estimate with an unwritable cache exited $?"
[ "$unwritable" = "$estimate" ] && [ ! -s "$work/unwritable.err" ] \
    || fail "estimate with an unwritable cache printed another output or on stderr"

echo "check-dist: OK ($version; estimate of $(basename "$model") without Java on PATH;" \
    "$shared of $loaded classes from the CDS archive; a CDS layer made in the user's cache" \
    "at the first estimate, used by the second) from $archive"
