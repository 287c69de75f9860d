#!/bin/sh
# Envol's launcher in the Linux image (bin/envol), installed by src/dist/dist.xml in place of
# jpackage's native launcher. Why: on Linux that launcher asks `rpm -qf` and `dpkg -S`, twice
# each, whether it was installed by a package, on every start (about 0.2-0.4 s, more than the
# rest of `--version`), and it can only pass one fixed set of JVM flags. This script starts the
# image's own runtime directly, with the flags the jpackage launcher had:
# - one GC thread (SerialGC) and the two class-data-sharing layers (the JDK layer maps wherever
#   the image is unpacked; the layer of Envol's classes only where it was built, see dist.xml);
# - JVM warnings on stderr, never in a command's output;
# - a command (any argument) is a short-lived JVM: C1 only, the C2 compiler's work costs more
#   than it gives back there; the desktop app (no argument) is a long session: full tiered JIT.
# No Java is needed on PATH: everything comes from the image.
# shell built-ins only (readlink, when there, follows a symlink to bin/envol): the image must
# start with an empty PATH
self=$0
if command -v readlink >/dev/null 2>&1; then self=$(readlink -f "$0"); fi
case $self in */*) bin=${self%/*} ;; *) bin=. ;; esac
root=$(cd "$bin/.." && pwd -P)
app="$root/lib/app"
if [ $# -gt 0 ]; then jit=-XX:TieredStopAtLevel=1; else jit=-XX:+TieredCompilation; fi
exec "$root/lib/runtime/bin/java" -XX:+UseSerialGC "$jit" \
    "-XX:SharedArchiveFile=$app/envol-jdk.jsa:$app/envol.jsa" \
    -Xlog:all=off:stdout -Xlog:all=warning,cds=off,cds+dynamic=off:stderr \
    -Djpackage.app-version=@VERSION@ \
    -cp "$app/envol.jar" dev.envol.Main "$@"
