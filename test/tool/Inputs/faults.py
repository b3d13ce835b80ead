#!/usr/bin/env python3
"""Faults the result cache and --fix must survive, for cache-faults.test and
fix-faults.test.

Usage: faults.py --http-tidy=PATH --sources=DIR --work=DIR SCENARIO

Each scenario prints one line per fact it checked, "<scenario>: <fact>",
which the test matches with FileCheck, and exits non-zero at the first fact
that does not hold, saying why. The reference for every run is the output
and exit status of the same files analysed with --no-cache.

The scenarios that need a small or read-only file system mount a tmpfs
(root only, as the test suite runs in CI); one that cannot mount fails with
a line that says so, rather than passing without having tried.
"""

import argparse
import glob
import os
import shutil
import signal
import subprocess
import sys
import time

ARGS = None


def fail(why):
    print("FAILED: " + why)
    sys.exit(1)


def say(scenario, fact):
    print("%s: %s" % (scenario, fact))
    sys.stdout.flush()


def tidy(*args, cwd=None):
    return subprocess.run([ARGS.http_tidy] + list(args), cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)


def project(name, count):
    """A directory of `count` handler files, each with findings and fixes
    (copies of magic.cpp and finding.cpp under their own names) plus the
    clean file: each has its own cache entry."""
    root = os.path.join(ARGS.work, name)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    files = []
    for i in range(count):
        source = ("magic.cpp", "finding.cpp")[i % 2]
        target = os.path.join(root, "handler%02d.cpp" % i)
        shutil.copy(os.path.join(ARGS.sources, source), target)
        files.append(target)
    shutil.copy(os.path.join(ARGS.sources, "clean.cpp"), root)
    files.append(os.path.join(root, "clean.cpp"))
    return files


def analyse(files, *options):
    return tidy(*(list(options) + ["-j=2", "--cache-stats"] + files +
                  ["--", "-std=c++17"]))


def reference(files):
    result = tidy(*(["--no-cache", "-j=2"] + files + ["--", "-std=c++17"]))
    if result.returncode not in (0, 1):
        fail("the reference run failed (status %d): %s" %
             (result.returncode, result.stderr))
    return result


def same_as(result, ref, what):
    if result.returncode != ref.returncode or result.stdout != ref.stdout:
        fail("%s: status %d and output\n%s\ninstead of status %d and\n%s\n"
             "stderr:\n%s" % (what, result.returncode, result.stdout,
                              ref.returncode, ref.stdout, result.stderr))


def stats(result):
    for line in result.stderr.splitlines():
        if line.startswith("http-tidy: cache: "):
            words = line.split()
            return int(words[2]), int(words[4]), int(words[6])
    fail("no cache statistics in:\n" + result.stderr)


def entries(cache):
    return sorted(glob.glob(os.path.join(cache, "v1", "*", "*.entry")))


def leftovers(cache):
    """Files in the cache that are not entries: temporary files of writes
    that did not finish."""
    found = []
    for root, _, names in os.walk(cache):
        found += [os.path.join(root, n) for n in names
                  if not n.endswith(".entry")]
    return found


def check_entries_whole(files, ref, cache, scenario):
    """Every entry left in the cache is whole: a warm run takes each one as a
    hit (a damaged entry would be a miss and be removed) and gives the
    reference output; the files without an entry are analysed again."""
    kept = len(entries(cache))
    warm = analyse(files, "--cache-dir=" + cache)
    same_as(warm, ref, scenario + ", the next run")
    hits, misses, stored = stats(warm)
    if hits != kept or hits + misses != len(files):
        fail("%s: %d entries were left, but the next run had %d hits and %d "
             "misses" % (scenario, kept, hits, misses))
    return kept


def kill_points(files, *options):
    """Moments to kill a run of `files` at, spread over the time an
    undisturbed run takes on this machine."""
    start = time.time()
    tidy(*(list(options) + ["-j=2"] + files + ["--", "-std=c++17"]))
    took = time.time() - start
    return [took * k for k in (0.2, 0.45, 0.7, 0.9)]


def kill_when(run, ready, limit=600):
    """Kills the process group of `run` (the driver and its workers) with
    SIGKILL as soon as `ready()` holds, polling as fast as it can; at the
    latest when the run ends by itself."""
    deadline = time.time() + limit
    while run.poll() is None and time.time() < deadline:
        if ready():
            break
    try:
        os.killpg(run.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    run.wait()


def mount_tmpfs(path, size):
    os.makedirs(path, exist_ok=True)
    subprocess.run(["umount", path], stderr=subprocess.DEVNULL)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=" + size,
                             "tmpfs", path], stderr=subprocess.PIPE,
                            universal_newlines=True)
    if result.returncode != 0:
        fail("cannot mount a tmpfs on %s (this test needs root and mount): %s"
             % (path, result.stderr.strip()))


def remount(path, options):
    result = subprocess.run(["mount", "-o", "remount," + options, path],
                            stderr=subprocess.PIPE, universal_newlines=True)
    if result.returncode != 0:
        fail("cannot remount %s %s: %s" % (path, options,
                                           result.stderr.strip()))


def umount(path):
    subprocess.run(["umount", path], stderr=subprocess.DEVNULL)


def full():
    """The cache is on a file system that fills up in the middle of the run:
    the entries that fit are written, the rest are a warning, nothing is
    half-written, and the output is as without the cache."""
    files = project("full", 12)
    ref = reference(files)
    cache = os.path.join(ARGS.work, "full-cache")
    # Each entry is tens of KB (mostly the list of the files read): a few
    # fit, the rest do not.
    mount_tmpfs(cache, "160k")
    try:
        cold = analyse(files, "--cache-dir=" + cache)
        same_as(cold, ref, "full")
        say("full", "output as without the cache")
        if "cannot write to the cache" not in cold.stderr:
            fail("full: no warning about the writes that failed:\n" +
                 cold.stderr)
        _, _, stored = stats(cold)
        if not 0 < stored < len(files):
            fail("full: %d of %d entries stored; the file system was meant "
                 "to fill up in the middle" % (stored, len(files)))
        say("full", "a warning for the entries that did not fit")
        if leftovers(cache):
            fail("full: files left behind: %s" % leftovers(cache))
        check_entries_whole(files, ref, cache, "full")
        say("full", "the entries written are whole, and hits")
        remount(cache, "size=16m")
        analyse(files, "--cache-dir=" + cache)
        if check_entries_whole(files, ref, cache, "full") != len(files):
            fail("full: room again, but not every result was stored")
        say("full", "with room again every result is kept")
    finally:
        umount(cache)


def read_only():
    """The cache's file system becomes read-only between runs, and in the
    middle of a run with two workers."""
    files = project("ro", 12)
    ref = reference(files)
    cache = os.path.join(ARGS.work, "ro-cache")
    mount_tmpfs(cache, "16m")
    try:
        analyse(files[:4], "--cache-dir=" + cache)
        remount(cache, "ro")
        result = analyse(files, "--cache-dir=" + cache)
        same_as(result, ref, "read-only")
        if "warning: cannot use the cache directory" not in result.stderr:
            fail("read-only: no warning:\n" + result.stderr)
        say("read-only", "a warning, and the output as without the cache")
        remount(cache, "rw")
        for delay in (0.5, 1.5, 3.0):
            shutil.rmtree(os.path.join(cache, "v1"), ignore_errors=True)
            run = subprocess.Popen(
                [ARGS.http_tidy, "-j=2", "--cache-dir=" + cache] + files +
                ["--", "-std=c++17"], stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, universal_newlines=True)
            time.sleep(delay)
            remount(cache, "ro")
            out, err = run.communicate()
            result = subprocess.CompletedProcess(run.args, run.returncode,
                                                 out, err)
            same_as(result, ref, "read-only after %.1fs" % delay)
            remount(cache, "rw")
            if leftovers(cache):
                fail("read-only: files left behind: %s" % leftovers(cache))
            check_entries_whole(files, ref, cache,
                                "read-only after %.1fs" % delay)
        say("read-only", "made read-only during a run: the output as without "
            "the cache, and what was written is whole")
    finally:
        umount(cache)


def damaged():
    """Entries cut short or garbled in every way: none is replayed, each is
    written again."""
    files = project("damaged", 10)
    ref = reference(files)
    cache = os.path.join(ARGS.work, "damaged-cache")
    shutil.rmtree(cache, ignore_errors=True)
    analyse(files, "--cache-dir=" + cache)
    paths = entries(cache)
    if len(paths) != len(files):
        fail("damaged: %d entries for %d files" % (len(paths), len(files)))
    contents = [open(p, "rb").read() for p in paths]
    header_end = contents[0].index(b"\n") + 1
    damage = [
        lambda b: b"",                                  # empty
        lambda b: b[:header_end],                       # only the first line
        lambda b: b[:header_end + 40],                  # cut in the JSON
        lambda b: b[:-1],                               # last byte missing
        lambda b: b[:len(b) // 2] + bytes([b[len(b) // 2] ^ 0x20]) +
        b[len(b) // 2 + 1:],                            # one byte changed
        lambda b: b.replace(b"http-tidy-cache 1", b"http-tidy-cache 2", 1),
        lambda b: b + b"\n",                            # a byte too many
        lambda b: b"\0" * len(b),                       # zeros
    ]
    for i, path in enumerate(paths[:len(damage)]):
        with open(path, "wb") as f:
            f.write(damage[i](contents[i]))
    # An entry of another file under this one's name.
    with open(paths[len(damage)], "wb") as f:
        f.write(contents[len(damage) + 1])
    # A directory where an entry was.
    os.remove(paths[len(damage) + 1])
    os.mkdir(paths[len(damage) + 1])
    # Cut in half.
    for path, content in zip(paths[len(damage) + 2:],
                             contents[len(damage) + 2:]):
        with open(path, "wb") as f:
            f.write(content[:len(content) // 2])
    result = analyse(files, "--cache-dir=" + cache)
    same_as(result, ref, "damaged")
    hits, _, _ = stats(result)
    if hits != 0:
        fail("damaged: %d damaged entries were replayed" % hits)
    say("damaged", "no damaged entry replayed; the output as without the "
        "cache")
    os.rmdir(paths[len(damage) + 1])
    analyse(files, "--cache-dir=" + cache)
    if check_entries_whole(files, ref, cache, "damaged") != len(files):
        fail("damaged: not every entry was written again")
    say("damaged", "every entry written again")


def killed():
    """http-tidy killed (SIGKILL) at various moments while it stores entries,
    and a worker killed while it analyses: what is left is whole entries (and
    temporary files, removed after an hour), and the next run is right."""
    files = project("killed", 12)
    ref = reference(files)
    cache = os.path.join(ARGS.work, "killed-cache")
    shutil.rmtree(cache, ignore_errors=True)
    seen = set()
    for delay in kill_points(files, "--cache-dir=" + cache):
        shutil.rmtree(cache, ignore_errors=True)
        run = subprocess.Popen(
            [ARGS.http_tidy, "-j=2", "--cache-dir=" + cache] + files +
            ["--", "-std=c++17"], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        # The whole process group: the driver and its workers.
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
        seen.add(len(entries(cache)))
        check_entries_whole(files, ref, cache, "killed after %.1fs" % delay)
    # The moment the first entries appear: the run is storing.
    for count in (1, 3):
        shutil.rmtree(cache, ignore_errors=True)
        run = subprocess.Popen(
            [ARGS.http_tidy, "-j=2", "--cache-dir=" + cache] + files +
            ["--", "-std=c++17"], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        kill_when(run, lambda: len(glob.glob(
            os.path.join(cache, "v1", "*", "*"))) >= count)
        seen.add(len(entries(cache)))
        check_entries_whole(files, ref, cache,
                            "killed at the %d. entry" % count)
    if len(seen) < 2:
        fail("killed: every kill left %s entries; the kills were meant to "
             "fall at different points of the run" % seen)
    say("killed", "killed while storing: the entries left are whole, and the "
        "next run is right")

    # One worker killed: that file is an internal error of this run, its
    # result is not kept, and the next run analyses it.
    shutil.rmtree(cache, ignore_errors=True)
    gate = os.path.join(ARGS.work, "killed", "gate.h")
    if os.path.exists(gate):
        os.remove(gate)
    os.mkfifo(gate)
    # The compile command includes the FIFO: each worker waits on it, so a
    # worker is there to be killed.
    run = subprocess.Popen(
        [ARGS.http_tidy, "-j=1", "--cache-stats", "--cache-dir=" + cache,
         files[0], "--", "-std=c++17", "-include", gate],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        universal_newlines=True)
    worker = None
    for _ in range(200):
        children = subprocess.run(["pgrep", "-P", str(run.pid)],
                                  stdout=subprocess.PIPE,
                                  universal_newlines=True).stdout.split()
        if children:
            worker = int(children[0])
            break
        time.sleep(0.05)
    if worker is None:
        run.kill()
        fail("killed: no worker process started")
    os.kill(worker, signal.SIGKILL)
    out, err = run.communicate()
    if run.returncode != 3 or "the analysis crashed" not in err:
        fail("killed worker: status %d, stderr:\n%s" % (run.returncode, err))
    if entries(cache):
        fail("killed worker: its result was kept")
    say("killed", "a killed worker is an internal error, and nothing is kept")
    os.remove(gate)
    check_entries_whole(files[:1], reference(files[:1]), cache,
                        "after a killed worker")
    say("killed", "the next run analyses that file")


def fix_killed():
    """--fix killed (SIGKILL) at various moments: every source is either as
    it was or completely fixed, never half-written, and a new --fix run
    finishes the job."""
    files = project("fix", 16)
    originals = {f: open(f, "rb").read() for f in files}
    # What --fix makes of each file, from an undisturbed run on copies.
    fixed = {}
    expected_dir = os.path.join(ARGS.work, "fix-expected")
    shutil.rmtree(expected_dir, ignore_errors=True)
    shutil.copytree(os.path.dirname(files[0]), expected_dir)
    expected_files = [os.path.join(expected_dir, os.path.basename(f))
                      for f in files]
    tidy(*(["--no-cache", "--fix", "-j=2"] + expected_files +
           ["--", "-std=c++17"]))
    for f, e in zip(files, expected_files):
        fixed[f] = open(e, "rb").read()
    if sum(fixed[f] != originals[f] for f in files) < len(files) // 2:
        fail("fix: the files were meant to have fixes")
    partly = set()

    def inodes():
        return [os.stat(f).st_ino for f in files]

    # Kills as soon as the first, the fourth or the eighth fixed file is in
    # place: --fix writes all files at the end of the run, so the kill falls
    # among the writes.
    for written in (1, 1, 4, 8):
        for f in files:
            with open(f, "wb") as out:
                out.write(originals[f])
        before = inodes()
        run = subprocess.Popen(
            [ARGS.http_tidy, "--no-cache", "--fix", "-j=2"] + files +
            ["--", "-std=c++17"], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        kill_when(run, lambda: sum(
            a != b for a, b in zip(before, inodes())) >= written)
        done = 0
        for f in files:
            now = open(f, "rb").read()
            if now == fixed[f] and now != originals[f]:
                done += 1
            elif now != originals[f]:
                fail("fix: %s is half-written after a kill" % f)
        partly.add(done)
        stray = [n for n in os.listdir(os.path.dirname(files[0]))
                 if ".http-tidy-" in n]
        for name in stray:
            # A temporary file of the write that was killed; never a source.
            os.remove(os.path.join(os.path.dirname(files[0]), name))
    if not any(0 < done < len(files) for done in partly):
        fail("fix: the kills left %s files fixed; they were meant to fall "
             "among the writes" % sorted(partly))
    say("fix", "killed while fixing: every file as it was or fully fixed")
    result = tidy(*(["--no-cache", "--fix", "-j=2"] + files +
                    ["--", "-std=c++17"]))
    for f in files:
        if open(f, "rb").read() != fixed[f]:
            fail("fix: %s not fixed by the next run" % f)
    say("fix", "the next --fix run fixes what was left")


SCENARIOS = {"full": full, "read-only": read_only, "damaged": damaged,
             "killed": killed, "fix-killed": fix_killed}


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--http-tidy", required=True)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    ARGS = parser.parse_args()
    os.makedirs(ARGS.work, exist_ok=True)
    SCENARIOS[ARGS.scenario]()


if __name__ == "__main__":
    main()
