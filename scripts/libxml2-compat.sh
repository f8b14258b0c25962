#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# libxml2-compat.sh - build and test form8k against a newer libxml2 than
# Debian 12's 2.9.14: one whose error callbacks changed (2.12) and whose
# HTML tokenizer follows HTML5 (2.14).  CI runs it (.ci/run).
#
#   sh scripts/libxml2-compat.sh            libxml2 2.15.4, the release
#                                           tarball of Debian's unstable
#   LIBXML2_TARBALL=FILE sh scripts/...     that source tarball instead
#
# Steps: fetch the source (from deb.debian.org, the package registry;
# checked against its SHA-256), build it into _build/libxml2-VERSION/
# (kept: a second run reuses it), then from form8k's release tarball
# (make dist-gzip) build form8k against it with gcc and with clang,
# warnings as errors, and run the whole "make check" on the gcc build.
# The library is found through its pkg-config file and an rpath, so the
# system's libxml2 stays what every other step uses.
#
# Exit 0: built and tested; 1: a build or a test failed; 77: the source
# could not be fetched (no network): nothing was tested, and it says so.
# Run from the root of a configured work tree (sh scripts/setup.sh).

set -eu

version=2.15.4
tarname=libxml2_${version}+dfsg.orig.tar.xz
url=http://deb.debian.org/debian/pool/main/libx/libxml2/$tarname
sha256=5868d20db42ee21e4881bc53050c7fa226286a277cb3d0543f76b81f7571e934

top=$(pwd)
base=$top/_build/libxml2-$version
prefix=$base/inst
shared=$top/../shared

say() { echo "libxml2-compat: $*" >&2; }

if [ ! -f Makefile ]; then
    say "run from the root of a configured work tree (sh scripts/setup.sh)"
    exit 1
fi
mkdir -p "$base"

# 1. the source
if [ ! -f "$prefix/lib/pkgconfig/libxml-2.0.pc" ]; then
    tarball=${LIBXML2_TARBALL:-$base/$tarname}
    if [ ! -f "$tarball" ]; then
        say "fetching $url"
        if ! python3 - "$url" "$tarball.part" <<'EOF'
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=60) as r, open(sys.argv[2], "wb") as f:
    f.write(r.read())
EOF
        then
            rm -f "$tarball.part"
            say "SKIP: cannot fetch libxml2 $version (no network?); nothing tested"
            exit 77
        fi
        mv "$tarball.part" "$tarball"
    fi
    if [ -z "${LIBXML2_TARBALL:-}" ]; then
        got=$(sha256sum "$tarball" | cut -d' ' -f1)
        if [ "$got" != "$sha256" ]; then
            say "$tarball: SHA-256 $got, expected $sha256"
            rm -f "$tarball"
            exit 1
        fi
    fi
    # 2. libxml2 itself: only what form8k uses (no Python, ICU, zlib,
    #    HTTP); about a minute on two cores
    say "building libxml2 $version into $prefix"
    rm -rf "$base/src"
    mkdir -p "$base/src"
    tar -xJf "$tarball" -C "$base/src"
    (cd "$base"/src/libxml2-* &&
     ./configure -q --prefix="$prefix" --without-python --without-icu \
         --without-zlib --disable-static --with-http=no >/dev/null &&
     make -s -j2 >/dev/null 2>&1 &&
     make -s install >/dev/null)
fi
got=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --modversion libxml-2.0)
say "libxml2 $got at $prefix"

# 3. form8k from its release tarball, gcc (tested) and clang (built)
set -- form8k-*.tar.gz
if [ ! -f "$1" ]; then
    make dist-gzip >/dev/null
    set -- form8k-*.tar.gz
fi
for cc in gcc clang; do
    dir=$base/form8k-$cc
    rm -rf "$dir"
    mkdir -p "$dir"
    tar -xzf "$1" -C "$dir"
    say "form8k with $cc against libxml2 $got (warnings are errors)"
    (cd "$dir"/form8k-* &&
     PKG_CONFIG_PATH=$prefix/lib/pkgconfig ./configure -q CC=$cc \
         --enable-werror LDFLAGS="-Wl,-rpath,$prefix/lib" &&
     make -s -j2 >/dev/null &&
     ldd src/form8k | grep -q "$prefix/lib/libxml2") || {
        say "FAIL: form8k does not build with $cc against libxml2 $got"
        exit 1
    }
done
say "make check against libxml2 $got"
(cd "$base"/form8k-gcc/form8k-* && make -j2 check SHARED="$shared") || {
    say "FAIL: make check against libxml2 $got"
    exit 1
}
say "PASS: form8k builds (gcc, clang, -Werror) and passes make check with libxml2 $got"
