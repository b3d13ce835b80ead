#!/usr/bin/env python3
"""Compares http-tidy with the compiler front end, in one run.

For each input, runs (interleaved, --runs times each):
  clang++ -fsyntax-only            the floor: parsing and semantic analysis
  http-tidy                        the standalone tool
  clang-tidy --load=<plugin>       the plugin under Debian's clang-tidy
and prints the median wall time of each and the ratios to the floor. This is
a measurement, not a test: nothing here fails on a slow machine.

Usage: bench/run_bench.py [--build build] [--runs 5] [--baseline DIR] [files...]
Without files it measures the bundled examples, a generated handler file with
many branching handlers (the analysis's own cost), and a generated file whose
handlers pass their responses to helpers (the cost of following them).
With --baseline, the http-tidy of another build runs in the same rounds, and
the last column compares the two.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


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


def timed(cmd):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit("bench: %s exited %d" % (" ".join(cmd), result.returncode))
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--llvm", default="/usr/lib/llvm-19/bin")
    parser.add_argument("--baseline", help="another build to compare with")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()

    tool = os.path.join(args.build, "bin", "http-tidy")
    plugin = os.path.join(args.build, "lib", "libHttpTidyModule.so")
    clangxx = os.path.join(args.llvm, "clang++")
    clang_tidy = os.path.join(args.llvm, "clang-tidy")
    baseline = (os.path.join(args.baseline, "bin", "http-tidy")
                if args.baseline else None)
    for path in (tool, plugin, clangxx, clang_tidy) + ((baseline,) if baseline
                                                        else ()):
        if not os.path.exists(path):
            sys.exit("bench: missing %s (build first: bash scripts/build.sh)"
                     % path)

    files = args.files
    tmp = tempfile.mkdtemp(prefix="http-tidy-bench-")
    if not files:
        generated = os.path.join(tmp, "generated_handlers.cpp")
        with open(generated, "w") as f:
            f.write(generated_handlers(300))
        helpers = os.path.join(tmp, "generated_helpers.cpp")
        with open(helpers, "w") as f:
            f.write(generated_helper_calls(300))
        files = [os.path.join(ROOT, "examples", "beast_handler.cpp"),
                 os.path.join(ROOT, "examples", "httplib_server.cpp"),
                 generated, helpers]

    flags = ["-std=c++17"]
    print("runs per command: %d (median wall time)" % args.runs)
    print("%-24s %10s %10s %10s %9s %9s%s" %
          ("input", "syntax", "http-tidy", "plugin", "tool/syn", "plug/syn",
           " %10s %9s" % ("baseline", "tool/base") if baseline else ""))
    for path in files:
        commands = {
            "syntax": [clangxx, "-fsyntax-only"] + flags + [path],
            "tool": [tool, "--quiet", path, "--"] + flags,
            "plugin": [clang_tidy, "--quiet", "--load=" + plugin,
                       "--checks=-*,http-*", path, "--"] + flags,
        }
        if baseline:
            commands["baseline"] = [baseline, "--quiet", path, "--"] + flags
        samples = {name: [] for name in commands}
        for _ in range(args.runs):
            # Interleaved, so that load on a shared machine hits all alike.
            for name, cmd in commands.items():
                samples[name].append(timed(cmd))
        median = {name: statistics.median(v) for name, v in samples.items()}
        line = "%-24s %9.3fs %9.3fs %9.3fs %8.2fx %8.2fx" % (
            os.path.basename(path)[:24], median["syntax"], median["tool"],
            median["plugin"], median["tool"] / median["syntax"],
            median["plugin"] / median["syntax"])
        if baseline:
            line += " %9.3fs %8.2fx" % (median["baseline"],
                                        median["tool"] / median["baseline"])
        print(line)


if __name__ == "__main__":
    main()
