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
# CDS: the JDK layer applies wherever the image is; the shipped layers of Envol's classes only
# where the image was built (JDK 17 checks the jar's path). Unpacked elsewhere, a command makes a
# layer of its own in the user's cache at its first run (at exit, ~1 s more, once per command and
# image folder) and starts from it afterwards (estimate: ~0.2 s less CPU than the JDK layer alone).
# Written under a temporary name, moved into place when the JVM has exited: two first runs at
# once never share a file. No cache (unwritable, no HOME, no mkdir and mv on PATH): the JDK layer
# alone, nothing printed.
layers="$app/envol-jdk.jsa"
dump=
case $1 in
    estimate|plan|check|export|import|diff|generate|prices|schema) command=$1 ;;
    *) command= ;;
esac
# a command's help loads too few of its classes to be worth a layer
for arg in "$@"; do
    case $arg in -h|--help|-V|--version) command= ;; esac
done
if [ "$root" = "@IMAGE@" ]; then
    # estimate, plan and check have a layer of their own (dist.xml), the others export's
    if [ -n "$command" ] && [ -f "$app/$command.jsa" ]; then
        layers="$layers:$app/$command.jsa"
    else
        layers="$layers:$app/envol.jsa"
    fi
elif [ -n "$command" ]; then
    case ${XDG_CACHE_HOME:-} in
        /*) cache=$XDG_CACHE_HOME ;;
        *) cache=${HOME:+$HOME/.cache} ;;
    esac
    if [ -n "$cache" ]; then
        cache="$cache/envol/@VERSION@$root"
        if [ -f "$cache/$command.jsa" ] && [ "$cache/$command.jsa" -nt "$app/envol.jar" ]; then
            layers="$layers:$cache/$command.jsa"
        elif command -v mv >/dev/null 2>&1 && mkdir -p "$cache" 2>/dev/null \
            && [ -w "$cache" ]; then
            dump="$cache/$command.jsa.$$"
        fi
    fi
fi
set -- -XX:+UseSerialGC "$jit" "-XX:SharedArchiveFile=$layers" \
    -Xlog:all=off:stdout -Xlog:all=warning,cds=off,cds+dynamic=off:stderr \
    -Djpackage.app-version=@VERSION@ -cp "$app/envol.jar" dev.envol.Main "$@"
if [ -z "$dump" ]; then
    exec "$root/lib/runtime/bin/java" "$@"
fi
"$root/lib/runtime/bin/java" "-XX:ArchiveClassesAtExit=$dump" "$@"
status=$?
# kept from a run that did its work (exit 0, or check's 1 for findings); a usage or input error
# (exit 2) loads too few classes to be worth a layer: the next run tries again
if [ -f "$dump" ]; then
    if [ $status -lt 2 ]; then mv -f "$dump" "${dump%.*}" 2>/dev/null; fi
    rm -f "$dump" 2>/dev/null
fi
exit $status
