/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* outfile.c - where the command writes, and how it never damages a file
 * it does not own.
 *
 *   -o OUT        a regular file is replaced atomically (temporary file
 *                 beside it, renamed over it), its permission bits kept
 *                 but never set-user-ID, set-group-ID or sticky; a
 *                 symbolic link is followed and its target replaced (the
 *                 link stays a link); a FIFO, a device, /dev/stdout and
 *                 anything else that is not a regular file is written to
 *                 directly, never replaced.
 *   --out DIR     every output is reached from DIR's descriptor, one path
 *                 component at a time with O_NOFOLLOW: a symbolic link
 *                 inside DIR (a folder or an output's own name) is never
 *                 followed; the input fails with status 3 instead.  The
 *                 temporary file is made and renamed relative to its
 *                 folder's descriptor, so no link swapped in between can
 *                 redirect it.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* Symbolic links followed for -o before giving up (as the kernel does). */
enum { MAX_LINK_HOPS = 40 };

int cli_write_full(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (w == 0) {
            errno = EIO;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* ------------------------------------------------------------------ -o */

/* The descriptor that PATH names when it is one of the names of an open
 * descriptor (/dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N), or
 * -1.  Writing there must go to the descriptor itself: resolving the name
 * would replace the file behind a redirection, or fail for a pipe. */
static int fd_alias(const char *path)
{
    static const char *const dirs[] = { "/dev/fd/", "/proc/self/fd/" };
    size_t i;

    if (strcmp(path, "/dev/stdout") == 0)
        return STDOUT_FILENO;
    if (strcmp(path, "/dev/stderr") == 0)
        return STDERR_FILENO;
    for (i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        size_t n = strlen(dirs[i]);
        if (strncmp(path, dirs[i], n) == 0 && path[n] >= '0' &&
            path[n] <= '9') {
            char *end;
            long fd = strtol(path + n, &end, 10);
            if (*end == '\0' && fd >= 0 && fd < 1 << 20)
                return (int)fd;
        }
    }
    return -1;
}

/* PATH with every symbolic link of its last component followed, whether
 * or not the final target exists (a dangling link gets its target made).
 * Malloc'd; NULL with errno set (ELOOP after MAX_LINK_HOPS links). */
static char *follow_links(const char *path)
{
    char *cur = strdup(path);
    int hops;

    for (hops = 0; cur != NULL; hops++) {
        struct stat sb;
        char *target, *slash, *next;
        ssize_t got;
        size_t cap, dn;

        if (lstat(cur, &sb) != 0 || !S_ISLNK(sb.st_mode))
            return cur;
        if (hops == MAX_LINK_HOPS) {
            free(cur);
            errno = ELOOP;
            return NULL;
        }
        cap = sb.st_size > 0 ? (size_t)sb.st_size + 1 : 4096;
        target = malloc(cap);
        if (target == NULL) {
            free(cur);
            return NULL;
        }
        got = readlink(cur, target, cap);
        if (got < 0 || (size_t)got >= cap) {
            /* Changed under us, or unreadable: give up on this one. */
            free(target);
            free(cur);
            errno = got < 0 ? errno : ELOOP;
            return NULL;
        }
        target[got] = '\0';
        slash = strrchr(cur, '/');
        if (target[0] == '/' || slash == NULL) {
            next = target;
        } else {
            dn = (size_t)(slash - cur) + 1;
            next = malloc(dn + (size_t)got + 1);
            if (next != NULL) {
                memcpy(next, cur, dn);
                memcpy(next + dn, target, (size_t)got + 1);
            }
            free(target);
        }
        free(cur);
        cur = next;
    }
    return NULL;
}

/* Write to what OUT names without replacing it: a FIFO, a device, a
 * descriptor's name. */
static int write_in_place(const char *out, int fd_given, const char *xml,
                          size_t len, FILE *ef)
{
    int fd = fd_given, err;

    if (fd < 0) {
        fd = open(out, O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            return cli_io_error(ef, out, errno);
    }
    if (cli_write_full(fd, xml, len) != 0) {
        err = errno;
        if (fd_given < 0)
            close(fd);
        return cli_io_error(ef, out, err);
    }
    if (fd_given < 0 && close(fd) != 0)
        return cli_io_error(ef, out, errno);
    return EXIT_XML;
}

/* Replace the regular file (or missing name) PATH with XML atomically.
 * OLD: what was there (NULL: nothing). */
static int replace_regular(const char *path, const struct stat *old,
                           const char *xml, size_t len, int sync,
                           mode_t umask_bits, FILE *ef, const char *shown)
{
    size_t n = strlen(path);
    char *tmp = malloc(n + sizeof ".XXXXXX");
    mode_t mode;
    int fd, err;

    if (tmp == NULL) {
        fprintf(ef, "%s: %s: out of memory\n", cli_progname, shown);
        errno = ENOMEM;
        return EXIT_NOMEM;
    }
    memcpy(tmp, path, n);
    memcpy(tmp + n, ".XXXXXX", sizeof ".XXXXXX");
    /* The permission bits of the file replaced, but never its set-user-ID,
     * set-group-ID or sticky bit: a root run must not hand out a setuid
     * file.  A new file: 0666 less the umask (mkstemp makes 0600). */
    mode = old != NULL ? (old->st_mode & 0777) : (0666 & ~umask_bits);
    fd = mkstemp(tmp);
    if (fd < 0) {
        err = errno;
        free(tmp);
        return cli_io_error(ef, shown, err);
    }
    /* A file of another user replaced by root stays that user's (the
     * call fails harmlessly for anyone else, who can only own it). */
    if (old != NULL && geteuid() == 0 &&
        (old->st_uid != 0 || old->st_gid != 0)) {
        if (fchown(fd, old->st_uid, old->st_gid) != 0) {
            /* Not fatal: the file is then root's, mode as above. */
        }
    }
    if (fchmod(fd, mode) != 0 || cli_write_full(fd, xml, len) != 0 ||
        (sync && fsync(fd) != 0)) {
        err = errno;
        close(fd);
        unlink(tmp);
        free(tmp);
        return cli_io_error(ef, shown, err);
    }
    if (close(fd) != 0 || rename(tmp, path) != 0) {
        err = errno;
        unlink(tmp);
        free(tmp);
        return cli_io_error(ef, shown, err);
    }
    free(tmp);
    return EXIT_XML;
}

int cli_write_out(const char *out, const char *xml, size_t len, int sync,
                  mode_t umask_bits, FILE *ef)
{
    struct stat sb;
    char *path;
    int rc, fd = fd_alias(out);

    if (fd >= 0)
        return write_in_place(out, fd, xml, len, ef);
    if (stat(out, &sb) == 0) {
        if (S_ISDIR(sb.st_mode))
            return cli_io_error(ef, out, EISDIR);
        if (!S_ISREG(sb.st_mode))
            return write_in_place(out, -1, xml, len, ef);
    } else if (errno != ENOENT) {
        return cli_io_error(ef, out, errno);
    }
    path = follow_links(out);
    if (path == NULL)
        return cli_io_error(ef, out, errno);
    if (lstat(path, &sb) == 0) {
        /* The target can only be a regular file here, but it may have
         * changed since the stat above: check again. */
        if (!S_ISREG(sb.st_mode)) {
            free(path);
            return cli_io_error(ef, out, EEXIST);
        }
        rc = replace_regular(path, &sb, xml, len, sync, umask_bits, ef, out);
    } else {
        rc = replace_regular(path, NULL, xml, len, sync, umask_bits, ef, out);
    }
    free(path);
    return rc;
}

/* ------------------------------------------------------------- --out DIR */

int cli_outdir_open(const char *dir)
{
    return open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

/* Why component NAME under AT could not be used as a folder: a link is
 * refused, anything else keeps its errno. */
static int refuse_component(int at, const char *name, int err)
{
    struct stat sb;

    if (fstatat(at, name, &sb, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISLNK(sb.st_mode))
        return ELOOP;
    return err;
}

int cli_outdir_parent(int dirfd, const char *rel, int create,
                      size_t *leaf, int *err)
{
    int cur = dirfd;
    size_t start = 0, i;
    char *name = malloc(strlen(rel) + 1);

    *err = 0;
    if (name == NULL) {
        *err = ENOMEM;
        return -1;
    }
    for (i = 0;; i++) {
        if (rel[i] == '/') {
            int next;
            size_t n = i - start;

            if (n == 0) {
                start = i + 1;
                continue;
            }
            memcpy(name, rel + start, n);
            name[n] = '\0';
            next = openat(cur, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
                          O_CLOEXEC);
            if (next < 0 && errno == ENOENT && create) {
                if (mkdirat(cur, name, 0777) != 0 && errno != EEXIST)
                    goto fail;
                next = openat(cur, name, O_RDONLY | O_DIRECTORY |
                              O_NOFOLLOW | O_CLOEXEC);
            }
            if (next < 0) {
                *err = refuse_component(cur, name, errno);
                goto out;
            }
            if (cur != dirfd)
                close(cur);
            cur = next;
            start = i + 1;
        } else if (rel[i] == '\0') {
            break;
        }
    }
    *leaf = start;
    free(name);
    return cur == dirfd ? dup(dirfd) : cur;
fail:
    *err = errno;
out:
    if (cur != dirfd)
        close(cur);
    free(name);
    *leaf = (size_t)i;
    return -1;
}

/* A name for a temporary file beside LEAF: LEAF.XXXXXX with six letters
 * or digits, the pattern cli_outdir_clean recognises. */
static void temp_name(char *buf, size_t cap, const char *leaf, unsigned *seed)
{
    static const char abc[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    char suffix[7];
    unsigned x;
    int k;

    *seed = *seed * 1103515245u + 12345u;
    x = *seed ^ (unsigned)getpid() ^ (unsigned)clock();
    for (k = 0; k < 6; k++) {
        suffix[k] = abc[x % 62];
        x = x / 62 + (unsigned)k * 7919u + *seed;
    }
    suffix[6] = '\0';
    snprintf(buf, cap, "%s.%s", leaf, suffix);
}

int cli_outdir_write(int parent, const char *leaf, const char *xml,
                     size_t len, int *err)
{
    size_t n = strlen(leaf);
    char *tmp = malloc(n + 8);
    unsigned seed = (unsigned)(uintptr_t)tmp ^ (unsigned)time(NULL);
    struct stat sb;
    int fd = -1, tries;

    *err = 0;
    if (tmp == NULL) {
        *err = ENOMEM;
        return -1;
    }
    /* An output's own name that is a link, or not a regular file, is not
     * replaced: it is not the batch's. */
    if (fstatat(parent, leaf, &sb, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISLNK(sb.st_mode)) {
            *err = ELOOP;
            goto fail;
        }
        if (!S_ISREG(sb.st_mode)) {
            *err = S_ISDIR(sb.st_mode) ? EISDIR : EEXIST;
            goto fail;
        }
    }
    for (tries = 0; fd < 0 && tries < 100; tries++) {
        temp_name(tmp, n + 8, leaf, &seed);
        /* 0666: the kernel applies the umask. */
        fd = openat(parent, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
                    O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) {
            *err = errno;
            goto fail;
        }
    }
    if (fd < 0) {
        *err = EEXIST;
        goto fail;
    }
    if (cli_write_full(fd, xml, len) != 0) {
        *err = errno;
        close(fd);
        unlinkat(parent, tmp, 0);
        goto fail;
    }
    if (close(fd) != 0 || renameat(parent, tmp, parent, leaf) != 0) {
        *err = errno;
        unlinkat(parent, tmp, 0);
        goto fail;
    }
    free(tmp);
    return 0;
fail:
    free(tmp);
    return -1;
}

/* Is NAME (a directory entry) one of the batch's temporary files:
 * SOMETHING.xml.XXXXXX (or .json.XXXXXX), six letters or digits? */
static int is_temp_name(const char *name)
{
    size_t n = strlen(name), k;

    if (!(n >= sizeof "x.xml.XXXXXX" - 1 &&
          memcmp(name + n - 11, ".xml.", 5) == 0) &&
        !(n >= sizeof "x.json.XXXXXX" - 1 &&
          memcmp(name + n - 12, ".json.", 6) == 0))
        return 0;
    for (k = n - 6; k < n; k++) {
        char c = name[k];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              (c >= '0' && c <= '9')))
            return 0;
    }
    return 1;
}

/* Remove the temporary files under the folder FD (taken over and
 * closed), links never followed.  Adds to *REMOVED; returns -1 when a
 * folder could not be read (the walk goes on). */
static int clean_dir(int fd, unsigned long *removed)
{
    DIR *d = fdopendir(fd);
    struct dirent *e;
    int rc = 0;

    if (d == NULL) {
        close(fd);
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        struct stat sb;

        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (fstatat(dirfd(d), e->d_name, &sb, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(sb.st_mode)) {
            int sub = openat(dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY |
                             O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0 || clean_dir(sub, removed) != 0)
                rc = -1;
        } else if (S_ISREG(sb.st_mode) && is_temp_name(e->d_name)) {
            if (unlinkat(dirfd(d), e->d_name, 0) == 0)
                (*removed)++;
        }
    }
    closedir(d);
    return rc;
}

int cli_outdir_clean(int dirfd, unsigned long *removed)
{
    int fd = dup(dirfd);

    *removed = 0;
    if (fd < 0)
        return -1;
    return clean_dir(fd, removed);
}

int cli_outdir_complete(int dirfd, const char *rel, const char *in)
{
    /* The end of the root element, or of the JSON object (--format=json:
     * the output's name ends with .json). */
    static const char xml_tail[] = "</Form8K>\n";
    size_t leaf, nr = strlen(rel);
    const char *tail = nr > 5 && strcmp(rel + nr - 5, ".json") == 0
                       ? "}\n" : xml_tail;
    const size_t n = strlen(tail);
    struct stat si, so;
    char buf[sizeof xml_tail];
    int parent, fd, err, ok = 0;

    parent = cli_outdir_parent(dirfd, rel, 0, &leaf, &err);
    if (parent < 0)
        return 0;
    fd = openat(parent, rel + leaf, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    close(parent);
    if (fd < 0)
        return 0;
    if (fstat(fd, &so) == 0 && S_ISREG(so.st_mode) && so.st_size >= (off_t)n
        /* Nanoseconds: an input edited in the same second as its XML was
         * written is newer. */
        && !(stat(in, &si) == 0 &&
             (si.st_mtim.tv_sec > so.st_mtim.tv_sec ||
              (si.st_mtim.tv_sec == so.st_mtim.tv_sec &&
               si.st_mtim.tv_nsec > so.st_mtim.tv_nsec)))
        && pread(fd, buf, n, so.st_size - (off_t)n) == (ssize_t)n
        && memcmp(buf, tail, n) == 0)
        ok = 1;
    close(fd);
    return ok;
}
