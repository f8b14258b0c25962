#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# example.sh - the library as a user gets it: "make install" into a
# temporary DESTDIR, then examples/cover.c compiled with the configured
# compiler and flags (the sanitizers' too) through pkg-config's form8k.pc
# of that installation, and run against the installed library on
# examples/classic-8k.txt and a submission: its output must hold the
# filing's values.  Also: nm -D of the installed library lists only the
# functions its installed header declares, and the man3 pages (with a
# link page per function) are installed.
#
# Environment (AM_TESTS_ENVIRONMENT, tests/local.mk): top_srcdir,
# top_builddir, MAKE; F8K_CC, F8K_CFLAGS, F8K_LDFLAGS (configure's CC,
# CFLAGS, LDFLAGS); F8K_INCLUDEDIR, F8K_LIBDIR, F8K_PKGCONFIGDIR,
# F8K_MAN3DIR (the configured install folders).  VALGRIND=1 (make
# valgrind-check) runs the example under valgrind memcheck.
. "$(dirname "$0")/common.sh"
for v in top_builddir MAKE F8K_CC F8K_LIBDIR F8K_INCLUDEDIR F8K_PKGCONFIGDIR F8K_MAN3DIR; do
    eval "[ -n \"\${$v:-}\" ]" || setup_fail "$v is not set (run through make check)"
done
command -v pkg-config >/dev/null 2>&1 || { echo "SKIP: pkg-config not found"; exit 77; }
make_tmp example "${KEEP:-0}"
dest=$tmp/dest

# The install of the build tree, as "make install" does it.  MAKEFLAGS
# is the outer make's (make check): the install is a make of its own.
(cd "$top_builddir" && MAKEFLAGS= MFLAGS= $MAKE install DESTDIR="$dest") \
    > "$tmp/install.log" 2>&1 ||
    { tail -20 "$tmp/install.log"; setup_fail "make install DESTDIR=$dest failed"; }
lib=$dest$F8K_LIBDIR
[ -f "$dest$F8K_PKGCONFIGDIR/form8k.pc" ] || setup_fail "no form8k.pc in $dest$F8K_PKGCONFIGDIR"
ls "$lib"/libform8k.so* >/dev/null 2>&1 ||
    { echo "SKIP: no shared library installed (--disable-shared?)"; exit 77; }

# pkg-config reads the installed form8k.pc; the sysroot puts its paths
# under DESTDIR (and keeps them even where they are system folders).
PKG_CONFIG_PATH=$dest$F8K_PKGCONFIGDIR
PKG_CONFIG_SYSROOT_DIR=$dest
PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1
PKG_CONFIG_ALLOW_SYSTEM_LIBS=1
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR PKG_CONFIG_ALLOW_SYSTEM_CFLAGS PKG_CONFIG_ALLOW_SYSTEM_LIBS
cflags=$(pkg-config --cflags form8k) && libs=$(pkg-config --libs form8k) ||
    setup_fail "pkg-config --cflags --libs form8k failed"
echo "pkg-config: $cflags $libs"
check "pkg-config --cflags points at the installed header" \
    sh -c "case ' $cflags ' in *' -I$dest$F8K_INCLUDEDIR '*) ;; *) false ;; esac"
check "pkg-config --libs points at the installed library" \
    sh -c "case ' $libs ' in *' -L$lib '*) ;; *) false ;; esac &&
           case ' $libs ' in *' -lform8k '*) ;; *) false ;; esac"

# The example, as a user builds it: nothing of the build tree.
# shellcheck disable=SC2086
check "examples/cover.c compiles and links against the installed library" \
    $F8K_CC ${F8K_CFLAGS:-} $cflags -o "$tmp/cover" "$top_srcdir/examples/cover.c" \
        ${F8K_LDFLAGS:-} $libs

[ "${VALGRIND:-0}" = 0 ] || echo "running the example under valgrind memcheck"
run() {
    if [ "${VALGRIND:-0}" != 0 ]; then
        LD_LIBRARY_PATH=$lib valgrind -q --leak-check=full --errors-for-leak-kinds=all \
            --error-exitcode=99 "$tmp/cover" "$@"
    else
        LD_LIBRARY_PATH=$lib "$tmp/cover" "$@"
    fi
}
if [ -x "$tmp/cover" ]; then
    if command -v ldd >/dev/null 2>&1; then
        check "it runs with the installed libform8k" \
            sh -c "LD_LIBRARY_PATH='$lib' ldd '$tmp/cover' | grep -q '$lib/libform8k.so'"
    fi
    run "$top_srcdir/examples/classic-8k.txt" > "$tmp/classic.out" 2> "$tmp/classic.err"
    check "it reads examples/classic-8k.txt (exit 0)" exit_is 0 $?
    has() {
        grep -qxF -- "$2" "$1" || { echo "  no line: $2"; return 1; }
    }
    o=$tmp/classic.out
    check "the form type, printed and where" has "$o" 'DocumentType: 8-K (printed "FORM 8-K") [9:37]'
    check "the date of report, normalised" has "$o" 'DocumentPeriodEndDate: 2003-03-03 (printed "March 3, 2003") [17:58]'
    check "the registrant's name" has "$o" '  EntityRegistrantName: NORTHWIND INSTRUMENTS, INC. [20:27]'
    check "its state of incorporation" has "$o" '  EntityIncorporationStateCountryCode: DE (printed "Delaware") [24:10]'
    check "its file number and EIN" sh -c "grep -qxF '  EntityFileNumber: 000-12345 [24:38]' '$o' &&
        grep -qxF '  EntityTaxIdentificationNumber: 04-1234567 [24:63]' '$o'"
    check "its telephone" has "$o" '  CityAreaCode: 207 (printed "(207) 555-0100") [34:60]'
    check "the items, with their regime and successor" sh -c "
        grep -qxF 'Item 5 (1993 numbering): Other Events' '$o' &&
        grep -qxF 'Item 7 (1993 numbering): Financial Statements and Exhibits' '$o' &&
        grep -qxF '  SuccessorItem: 8.01' '$o'"
    check "the signer, title and date" sh -c "
        grep -qxF '  Name: Thomas R. Albury [79:48]' '$o' &&
        grep -qxF '  Title: Vice President, Finance and Chief Financial Officer [80:48]' '$o' &&
        grep -qxF '  Date: 2003-03-05 (printed \"March 5, 2003\") [83:7]' '$o'"
    check "the exhibit" has "$o" 'Exhibit 99.1: Press release of Northwind Instruments, Inc. dated March 3, 2003.'

    sub=$top_srcdir/tests/golden/sub-sec-joint-binary/input.txt
    run "$sub" > "$tmp/sub.out" 2> "$tmp/sub.err"
    check "it reads a joint submission (exit 0)" exit_is 0 $?
    o=$tmp/sub.out
    check "its accession number and documents" sh -c "
        grep -qxF 'AccessionNumber: 0000999001-02-000042' '$o' &&
        grep -qxF 'Document 1: 8-K d8k.txt (the 8-K)' '$o' &&
        grep -qxF 'Document 3: GRAPHIC logo.gif' '$o'"
    check "both registrants" sh -c "
        grep -qxF 'Registrant 2' '$o' &&
        grep -qxF '  EntityRegistrantName: NORTHERN PLAINS POWER COMPANY [92:15]' '$o'"
    run "$tmp/no such file" > /dev/null 2>&1
    check "a file that is not there: exit 1" exit_is 1 $?
fi

# What the installed library exports is what its installed header
# declares, and nothing else.
if command -v nm >/dev/null 2>&1; then
    so=$(ls "$lib"/libform8k.so.* | head -1)
    nm -D --defined-only "$so" | awk '$2 ~ /^[TDBR]$/ { print $3 }' | sed 's/@.*//' |
        sort -u > "$tmp/exported"
    cat "$dest$F8K_INCLUDEDIR"/*.h | grep -o 'f8k_[a-z_0-9]*(' | tr -d '(' |
        sort -u > "$tmp/declared"
    check "nm -D of the installed library: only functions its headers declare ($(wc -l < "$tmp/exported"))" \
        sh -c "comm -23 '$tmp/exported' '$tmp/declared' > '$tmp/extra'; [ ! -s '$tmp/extra' ] || { sed 's/^/  exported, not declared: /' '$tmp/extra'; false; }"
    check "... and every function they declare" cmp -s "$tmp/exported" "$tmp/declared"
fi

# The manual: a page per group, a link page per function.
man3=$dest$F8K_MAN3DIR
check "man3 pages installed" test -f "$man3/f8k_filing.3" -a -f "$man3/f8k_parse.3"
while read -r f; do
    [ -f "$man3/$f.3" ] || echo "$f"
done < "$top_srcdir/src/libform8k.sym" > "$tmp/noman"
check "a man3 page for every exported function" \
    sh -c "[ ! -s '$tmp/noman' ] || { sed 's/^/  no page: /' '$tmp/noman'; false; }"
check "a function's page sources its group's" \
    sh -c "[ \"\$(cat '$man3/f8k_registrant_get.3')\" = '.so man3/f8k_cover.3' ]"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
