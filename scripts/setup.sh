#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# setup.sh - install what form8k needs, then build it (and test it).
#
#   sh scripts/setup.sh            install missing packages, configure, make
#   sh scripts/setup.sh --check    the same, then "make check"
#   sh scripts/setup.sh --dev ...  also the developer's tools: valgrind,
#                                  clang, llvm, afl++ (make valgrind-check,
#                                  make fuzz, the sanitizer build; .ci/run)
#   sh scripts/setup.sh [--dev] --list-packages
#                                  print the packages it would need, one a
#                                  line, and stop (tests/quickstart.sh)
#
# For a fresh Debian 12 machine, run from anywhere in the work tree, as
# root or as a user who may use sudo.  Safe to run again: it installs only
# packages that are missing (and runs apt-get update only then), runs
# autoreconf only when configure is missing or older than configure.ac,
# and ./configure only when the tree is not configured yet; make does the
# rest.  Extra arguments after "--" are passed to ./configure, which then
# always runs (e.g.  sh scripts/setup.sh -- --enable-sanitizers).
#
# Everything it prints goes to standard error, so that in
#   sh scripts/setup.sh && src/form8k parse examples/classic-8k.txt
# standard output carries the XML alone.

set -eu

# 3: the standard output of the caller, for --list-packages alone.
exec 3>&1 1>&2

usage() {
    echo "usage: sh scripts/setup.sh [--dev] [--check] [-- CONFIGURE-ARGUMENTS...]"
    echo "       sh scripts/setup.sh [--dev] --list-packages"
}

check=0
dev=0
list=0
reconfigure=0
while [ $# -gt 0 ]; do
    case $1 in
    --check) check=1; shift ;;
    --dev) dev=1; shift ;;
    --list-packages) list=1; shift ;;
    -h | --help) usage; exit 0 ;;
    --) shift; reconfigure=1; break ;;
    *) echo "setup.sh: unknown argument '$1'"; usage; exit 2 ;;
    esac
done

say() { echo "setup.sh: $*"; }
die() { echo "setup.sh: error: $*"; exit 1; }

# The work tree: the folder above this script.
here=$(dirname "$0")
cd "$here/.." || die "cannot enter the work tree"
[ -f configure.ac ] || die "$(pwd) is not the form8k work tree (no configure.ac)"

# ---------------------------------------------------------------- packages
# What a build and "make check" need.  The names are Debian 12's.
packages="build-essential autoconf automake libtool pkg-config flex bison
libxml2-dev libxml2-utils libcunit1-dev python3"
# --dev: valgrind (make valgrind-check), clang, llvm (llvm-symbolizer),
# afl++ (make fuzz, make fuzz-afl, the sanitizer build of .ci/run) and
# xz-utils (scripts/libxml2-compat.sh unpacks libxml2's source).
if [ "$dev" = 1 ]; then
    packages="$packages valgrind clang llvm afl++ xz-utils"
fi

if [ "$list" = 1 ]; then
    # standard output: the list is what the caller asked for
    # shellcheck disable=SC2086
    printf '%s\n' $packages >&3
    exit 0
fi

missing=
if command -v dpkg-query >/dev/null 2>&1; then
    for p in $packages; do
        st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
        case $st in
        *" installed") ;;
        *) missing="$missing $p" ;;
        esac
    done
else
    say "no dpkg-query: not a Debian system, installing nothing;"
    say "make sure these (or their equivalents) are installed: $packages"
fi

if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        as_root=
    elif command -v sudo >/dev/null 2>&1; then
        as_root=sudo
    else
        die "missing packages:$missing; run this script as root or install sudo"
    fi
    say "installing:$missing"
    # No question may be asked: CI runs this without a terminal.
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
        die "apt-get update failed"
    # $missing is split into package names on purpose.
    # shellcheck disable=SC2086
    $as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends $missing ||
        die "apt-get install failed"
else
    say "all packages present"
fi

# ------------------------------------------------------------------ build
# (find -newer: POSIX sh has no test -nt.)
if [ ! -f configure ] || [ ! -f Makefile.in ] ||
   [ -n "$(find configure.ac -newer configure 2>/dev/null)" ]; then
    say "autoreconf -fi"
    autoreconf -fi || die "autoreconf failed"
    reconfigure=1
fi

if [ "$reconfigure" = 1 ] || [ ! -f Makefile ] || [ ! -f config.status ]; then
    say "./configure $*"
    ./configure "$@" || die "configure failed (see config.log)"
fi

say "make"
make -j2 || die "make failed"

if [ "$check" = 1 ]; then
    say "make check"
    # VERBOSE=yes: automake prints the log of every failed test.
    make -j2 check VERBOSE=yes || die "make check failed (see test-suite.log)"
fi

say "done: src/form8k is built"
