#!/usr/bin/env python3
"""Measures what http-tidy costs next to the compiler front end.

    python3 bench/run_bench.py [--runs 5] [--build build] [--csv PATH]
                               [--baseline DIR] [--per-check] [--scaling]
                               [files...]

Inputs: the corpus of bench/corpus/ (one server per packaged framework) and
two generated cpp-httplib files, or the files given. Per input, in one
interleaved run (every round runs each command once, so that load on a shared
machine hits all of them alike), --runs rounds of:

  compiler   clang++-19 -fsyntax-only (clang-19 for C): the floor
  plugin     clang-tidy-19 --load=<build>/lib/libHttpTidyModule.so
             --checks='-*,http-*'
  http-tidy  <build>/bin/http-tidy (with --no-cache when it has one)
  no-skip    the same with --skip-function-bodies=false, when it has one
  peer       clang-tidy-19 --checks='-*,readability-magic-numbers'
  baseline   the http-tidy of --baseline DIR, when given
  <check>    with --per-check: http-tidy with that check alone, for each
             check it lists (--list-checks), named without "http-"

It prints the median wall time, user+sys CPU time and peak RSS as Markdown
tables of ratios to the compiler, with a geometric mean per command, and
writes every median to a CSV file.

--scaling measures instead: the corpus as a compilation database under
`http-tidy -p -j 1` and `-j 2`, and one `-j 2` run over 10, 100 and 1000
generated small files.

A measurement, not a test: nothing here fails on a slow machine. Exit
status: 0; 1 with a one-line message when a program is missing or a command
fails (a corpus file that does not compile, a crash); 2 for bad arguments.
"""

import argparse
import csv
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(HERE, "corpus")
INPUTS = os.path.join(ROOT, "test", "checkers", "Inputs")

# Compiler flags per corpus file. Paths are made absolute when the
# compilation database is written.
CXX17 = ["-std=c++17"]
C11 = ["-std=c11"]
# Qt's directories as qmake and CMake's imported targets pass them: as
# system include directories.
QT_INCLUDES = ["-fPIC"] + ["-isystem/usr/include/x86_64-linux-gnu/qt6" + sub
                           for sub in ("", "/QtCore", "/QtNetwork",
                                       "/QtHttpServer")]
APACHE = ["-D_GNU_SOURCE", "-DLINUX", "-D_REENTRANT",
          "-I/usr/include/apache2", "-I/usr/include/apr-1.0"]
NGINX_SRC = "/usr/share/nginx/src/src/"
NGINX = ["-isystem" + NGINX_SRC + sub
         for sub in ("core", "event", "event/modules", "os/unix")] + [
    "-isystem" + os.path.join(INPUTS, "nginx-1.22.1-objs")] + [
    "-isystem" + NGINX_SRC + sub for sub in ("http", "http/modules")]
GLIB = ["-I/usr/include/libsoup-3.0", "-I/usr/include/glib-2.0",
        "-I/usr/lib/x86_64-linux-gnu/glib-2.0/include"]
CORPUS_FLAGS = {
    "httplib_shop.cpp": CXX17,
    "beast_files.cpp": CXX17,
    "poco_accounts.cpp": CXX17,
    "cpprest_notes.cpp": CXX17,
    # Debian's pistache/async.h does not compile without it under clang.
    "pistache_sessions.cpp": CXX17 + ["-fdelayed-template-parsing"],
    "qt_tasks.cpp": CXX17 + QT_INCLUDES,
    "restinio_metrics.cpp": CXX17,
    "websocketpp_chat.cpp": CXX17,
    "libmicrohttpd_upload.c": C11,
    "libevent_cache.c": C11,
    "civetweb_devices.c": C11,
    "apache_mod_quota.c": C11 + APACHE,
    "nginx_module_flags.c": C11 + NGINX,
    "libsoup_feeds.c": C11 + GLIB,
    "ulfius_books.c": C11,
    "h2o_status.c": C11 + ["-D_POSIX_C_SOURCE=200809L", "-DH2O_USE_LIBUV=0"],
}
CPP_FLAGS = CXX17


class Input:
    """A file to measure and the compiler flags it needs."""

    def __init__(self, path, flags):
        self.path = path
        self.flags = flags
        self.is_c = path.endswith(".c")
        self.name = os.path.basename(path)


# --- Inputs -----------------------------------------------------------------


def corpus_inputs():
    return [Input(os.path.join(CORPUS, name), flags)
            for name, flags in CORPUS_FLAGS.items()]


def write_database(inputs, directory):
    """A compile_commands.json for `inputs` in `directory`."""
    entries = []
    for item in inputs:
        compiler = "clang-19" if item.is_c else "clang++-19"
        entries.append({"directory": directory, "file": item.path,
                        "arguments": [compiler, "-fsyntax-only"] +
                        item.flags + [item.path]})
    with open(os.path.join(directory, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=2)
        f.write("\n")


def generated_handlers(count):
    """A cpp-httplib file with `count` handlers of several paths each."""
    parts = ["#include <httplib.h>\n#include <string>\n"]
    for i in range(count):
        parts.append(f"""
void handler{i}(const httplib::Request &req, httplib::Response &res) {{
  httplib::Response *out = &res;
  for (int attempt = 0; attempt < 3; ++attempt) {{
    if (req.has_header("X-Skip-{i}"))
      continue;
    switch (attempt) {{
    case 0: out->status = 200; break;
    case 1: out->status = 404; out->set_content("missing", "text/plain"); break;
    default: out->status = 204; break;
    }}
  }}
  if (req.has_header("X-Quiet")) {{
    res.status = 204;
    return;
  }}
  res.set_header("ETag", "\\"{i}\\"");
  res.set_content(std::to_string({i}), "text/plain");
}}
""")
    return "".join(parts)


def generated_helper_calls(count):
    """A cpp-httplib file whose `count` handlers pass their response to
    helpers of the file, which call helpers themselves."""
    parts = ["""#include <httplib.h>
#include <string>

static void addCors(httplib::Response &res) {
  res.set_header("Access-Control-Allow-Origin", "*");
}

static void reply(httplib::Response &res, int code, bool withBody,
                  const std::string &text) {
  res.status = code;
  addCors(res);
  if (withBody)
    res.set_content(text, "text/plain");
}
"""]
    for i in range(count):
        parts.append(f"""
static void describe{i}(httplib::Response &res, const httplib::Request &req) {{
  if (req.has_header("X-Verbose-{i}"))
    reply(res, 200, true, "item {i}");
  else
    reply(res, 204, false, "");
}}

void handler{i}(const httplib::Request &req, httplib::Response &res) {{
  if (req.has_header("X-Missing")) {{
    reply(res, 404, true, "missing");
    return;
  }}
  describe{i}(res, req);
  res.set_header("ETag", "\\"{i}\\"");
}}
""")
    return "".join(parts)


def small_server(index):
    """A small cpp-httplib server of three handlers, distinct per `index`
    (so that no cache or deduplication can share work between files)."""
    return f"""#include <httplib.h>
#include <string>

namespace app{index} {{

void list(const httplib::Request &req, httplib::Response &res) {{
  if (!req.has_param("page{index}")) {{
    res.status = 204;
    return;
  }}
  res.set_content("page {index}", "text/plain");
}}

void show(const httplib::Request &req, httplib::Response &res) {{
  if (req.get_header_value("If-None-Match") == "\\"{index}\\"") {{
    res.status = 304;
    return;
  }}
  res.set_header("ETag", "\\"{index}\\"");
  res.set_content(std::to_string({index}), "text/plain");
}}

void remove(const httplib::Request &req, httplib::Response &res) {{
  res.status = req.has_header("X-Gone-{index}") ? 404 : 204;
}}

}} // namespace app{index}

void route{index}(httplib::Server &server) {{
  server.Get("/a{index}", app{index}::list);
  server.Get("/a{index}/(\\\\d+)", app{index}::show);
  server.Delete("/a{index}/(\\\\d+)", app{index}::remove);
}}
"""


def write_file(directory, name, text):
    path = os.path.join(directory, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def default_inputs(tmp):
    write_database(corpus_inputs(), CORPUS)
    generated = [
        write_file(tmp, "generated_handlers.cpp", generated_handlers(300)),
        write_file(tmp, "generated_helpers.cpp", generated_helper_calls(300)),
    ]
    return corpus_inputs() + [Input(path, CPP_FLAGS) for path in generated]


# --- Commands ---------------------------------------------------------------


class Tools:
    """The programs under test and the options they have."""

    def __init__(self, args):
        self.clangxx = os.path.join(args.llvm, "clang++")
        self.clang = os.path.join(args.llvm, "clang")
        self.clang_tidy = os.path.join(args.llvm, "clang-tidy")
        self.tool = os.path.join(args.build, "bin", "http-tidy")
        self.plugin = os.path.join(args.build, "lib", "libHttpTidyModule.so")
        self.baseline = (os.path.join(args.baseline, "bin", "http-tidy")
                         if args.baseline else None)
        for path in [self.clangxx, self.clang, self.clang_tidy, self.tool,
                     self.plugin] + ([self.baseline] if self.baseline else []):
            if not os.path.exists(path):
                sys.exit("bench: missing %s (build first: bash "
                         "scripts/build.sh)" % path)
        self.tool_options = tool_options(self.tool)
        self.skip_option = "--skip-function-bodies" in help_text(self.tool)
        self.baseline_options = (tool_options(self.baseline)
                                 if self.baseline else [])
        self.checks = listed_checks(self.tool) if args.per_check else []

    def commands(self, item):
        """Name -> (argv, accepted exit codes) for one input, in the order
        of the table's columns. clang-tidy exits 0 with warnings; http-tidy
        exits 1 with findings."""
        compiler = self.clang if item.is_c else self.clangxx
        tidy_tail = [item.path, "--"] + item.flags
        cmds = {
            "compiler": ([compiler, "-fsyntax-only"] + item.flags +
                         [item.path], (0,)),
            "plugin": ([self.clang_tidy, "--quiet", "--load=" + self.plugin,
                        "--checks=-*,http-*"] + tidy_tail, (0,)),
            "http-tidy": ([self.tool, "--quiet"] + self.tool_options +
                          tidy_tail, (0, 1)),
        }
        if self.skip_option:
            cmds["no-skip"] = ([self.tool, "--quiet",
                                "--skip-function-bodies=false"] +
                               self.tool_options + tidy_tail, (0, 1))
        cmds["peer"] = ([self.clang_tidy, "--quiet",
                         "--checks=-*,readability-magic-numbers"] + tidy_tail,
                        (0,))
        if self.baseline:
            cmds["baseline"] = ([self.baseline, "--quiet"] +
                                self.baseline_options + tidy_tail, (0, 1))
        for check in self.checks:
            cmds[check[len("http-"):]] = (
                [self.tool, "--quiet", "--checks=-*," + check] +
                self.tool_options + tidy_tail, (0, 1))
        return cmds


def help_text(program):
    result = subprocess.run([program, "--help"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    return result.stdout


def listed_checks(program):
    """The checks `program --list-checks` names."""
    result = subprocess.run([program, "--list-checks"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    checks = [line.strip() for line in result.stdout.splitlines()
              if line.strip().startswith("http-")]
    if result.returncode != 0 or not checks:
        sys.exit("bench: %s --list-checks listed no checks" % program)
    return checks


def tool_options(program):
    """Options every measured http-tidy run gets: a result cache would
    measure the cache, not the analysis."""
    return ["--no-cache"] if "--no-cache" in help_text(program) else []


# --- Measurement ------------------------------------------------------------


class Sample:
    def __init__(self, wall, cpu, rss_mb):
        self.wall = wall
        self.cpu = cpu
        self.rss_mb = rss_mb


def measure(argv, accepted=(0, 1)):
    """Runs `argv` once. CPU time and peak RSS come from wait4, whose usage
    covers the child and the descendants it waited for: for http-tidy the
    driver and its workers, so the RSS is the largest of them."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in accepted:
        sys.exit("bench: `%s` exited %d" % (" ".join(argv), proc.returncode))
    return Sample(wall, usage.ru_utime + usage.ru_stime,
                  usage.ru_maxrss / 1024.0)


def median_sample(samples):
    return Sample(statistics.median(s.wall for s in samples),
                  statistics.median(s.cpu for s in samples),
                  statistics.median(s.rss_mb for s in samples))


def measure_input(commands, runs):
    """Name -> median Sample, interleaved round-robin over the commands."""
    samples = {name: [] for name in commands}
    for _ in range(runs):
        for name, (argv, accepted) in commands.items():
            samples[name].append(measure(argv, accepted))
    return {name: median_sample(v) for name, v in samples.items()}


# --- Reporting --------------------------------------------------------------

METRICS = [("wall", "median wall time", "s"),
           ("cpu", "median user+sys CPU time", "s"),
           ("rss_mb", "median peak RSS", "MB")]


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratio_table(results, metric, title, unit):
    """A Markdown table: the compiler's value, every other command as a
    ratio to it, and http-tidy over the plugin; a geometric-mean row."""
    names = [n for n in next(iter(results.values())) if n != "compiler"]
    header = (["input", "compiler"] + ["%s/cc" % n for n in names] +
              ["http-tidy/plugin"])
    lines = ["%s (compiler in %s, others as ratios):" % (title, unit), "",
             "| " + " | ".join(header) + " |",
             "|" + "---|" * len(header)]
    columns = {n: [] for n in names + ["http-tidy/plugin"]}
    for name, medians in results.items():
        base = getattr(medians["compiler"], metric)
        cells = [name, "%.3f" % base if unit == "s" else "%.0f" % base]
        for n in names:
            ratio = getattr(medians[n], metric) / base
            columns[n].append(ratio)
            cells.append("%.2f" % ratio)
        own = (getattr(medians["http-tidy"], metric) /
               getattr(medians["plugin"], metric))
        columns["http-tidy/plugin"].append(own)
        cells.append("%.2f" % own)
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("| geometric mean | | " +
                 " | ".join("%.2f" % geomean(columns[n])
                            for n in names + ["http-tidy/plugin"]) + " |")
    return "\n".join(lines)


def write_csv(results, path):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["input", "command", "wall_s", "cpu_s", "rss_mb",
                      "wall_ratio", "cpu_ratio", "rss_ratio"])
        for name, medians in results.items():
            base = medians["compiler"]
            for command, s in medians.items():
                out.writerow([name, command, "%.4f" % s.wall, "%.4f" % s.cpu,
                              "%.1f" % s.rss_mb,
                              "%.3f" % (s.wall / base.wall),
                              "%.3f" % (s.cpu / base.cpu),
                              "%.3f" % (s.rss_mb / base.rss_mb)])


def report_commands(tools, sample):
    print("Commands (for %s):" % sample.name)
    for name, (argv, _) in tools.commands(sample).items():
        print("  %-9s %s" % (name, " ".join(argv)))
    print()


# --- Scaling ----------------------------------------------------------------


def run_database(tools, directory, jobs):
    argv = [tools.tool, "--quiet", "-p", directory, "-j", str(jobs)]
    return measure(argv + tools.tool_options, accepted=(0, 1))


def scaling_jobs(tools, runs):
    """The corpus under -j 1 and -j 2, interleaved."""
    write_database(corpus_inputs(), CORPUS)
    samples = {1: [], 2: []}
    for _ in range(runs):
        for jobs in samples:
            samples[jobs].append(run_database(tools, CORPUS, jobs))
    one = median_sample(samples[1])
    two = median_sample(samples[2])
    print("Corpus (%d files) as a compilation database, median of %d:" %
          (len(CORPUS_FLAGS), runs))
    print()
    print("| http-tidy -p | wall | CPU | peak RSS |")
    print("|---|---|---|---|")
    for jobs, s in ((1, one), (2, two)):
        print("| -j %d | %.2f s | %.2f s | %.0f MB |" %
              (jobs, s.wall, s.cpu, s.rss_mb))
    print()
    print("speed-up of -j 2 over -j 1: %.2fx" % (one.wall / two.wall))
    print()


def scaling_files(tools, counts):
    """One -j 2 run over each count of generated small files."""
    print("Generated small cpp-httplib files, http-tidy -p DB -j 2, one run:")
    print()
    print("| files | wall | CPU | peak RSS | files/s |")
    print("|---|---|---|---|---|")
    for count in counts:
        tmp = tempfile.mkdtemp(prefix="http-tidy-scale-")
        try:
            inputs = [Input(write_file(tmp, "server%d.cpp" % i,
                                       small_server(i)), CPP_FLAGS)
                      for i in range(count)]
            write_database(inputs, tmp)
            s = run_database(tools, tmp, 2)
        finally:
            shutil.rmtree(tmp)
        print("| %d | %.1f s | %.1f s | %.0f MB | %.1f |" %
              (count, s.wall, s.cpu, s.rss_mb, count / s.wall), flush=True)
    print()


# --- Main -------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(
        description="Benchmark http-tidy against the compiler front end.")
    parser.add_argument("--build", default=os.path.join(ROOT, "build"),
                        help="build directory of http-tidy (default: build)")
    parser.add_argument("--runs", type=int, default=5,
                        help="rounds per input (default: 5)")
    parser.add_argument("--llvm", default="/usr/lib/llvm-19/bin",
                        help="directory of clang++, clang and clang-tidy")
    parser.add_argument("--baseline", metavar="DIR",
                        help="build directory of another http-tidy to "
                        "measure in the same rounds")
    parser.add_argument("--csv", metavar="PATH",
                        help="where to write the medians (default: "
                        "<build>/bench/results.csv)")
    parser.add_argument("--per-check", action="store_true",
                        help="also run http-tidy with each check alone")
    parser.add_argument("--scaling", action="store_true",
                        help="measure -j 1 against -j 2 and 10, 100 and "
                        "1000 files instead")
    parser.add_argument("--counts", default="10,100,1000",
                        help="file counts for --scaling (default: "
                        "10,100,1000)")
    parser.add_argument("files", nargs="*",
                        help="inputs instead of the corpus, with -std=c++17")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not re.fullmatch(r"\d+(,\d+)*", args.counts):
        parser.error("--counts takes numbers separated by commas")
    for path in args.files:
        if not os.path.isfile(path):
            parser.error("no such file: %s" % path)
    return args


def main():
    args = parse_args()
    tools = Tools(args)
    if args.scaling:
        scaling_jobs(tools, args.runs)
        scaling_files(tools, [int(n) for n in args.counts.split(",")])
        return

    tmp = tempfile.mkdtemp(prefix="http-tidy-bench-")
    try:
        inputs = ([Input(os.path.abspath(p), CPP_FLAGS) for p in args.files]
                  or default_inputs(tmp))
        report_commands(tools, inputs[0])
        results = {}
        for item in inputs:
            results[item.name] = measure_input(tools.commands(item),
                                               args.runs)
            print("measured %s" % item.name, file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp)

    print("%d interleaved runs per command and input." % args.runs)
    for metric, title, unit in METRICS:
        print()
        print(ratio_table(results, metric, title, unit))
    path = args.csv or os.path.join(args.build, "bench", "results.csv")
    write_csv(results, path)
    print()
    print("CSV: %s" % path)


if __name__ == "__main__":
    main()
