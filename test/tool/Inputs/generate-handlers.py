#!/usr/bin/env python3
"""Writes a cpp-httplib source of about N megabytes (argument 1): many
correct handlers, then one that writes content to a 204 response."""
import sys

size = int(sys.argv[1]) * 1024 * 1024
parts = ['#include <httplib.h>\n\n']
written = len(parts[0])
i = 0
while written < size:
    part = ('void handler%d(const httplib::Request &req, '
            'httplib::Response &res) {\n'
            '  if (req.has_param("q%d")) {\n'
            '    res.status = 200;\n'
            '    res.set_content("value %d", "text/plain");\n'
            '  } else {\n'
            '    res.status = 404;\n'
            '  }\n'
            '}\n\n') % (i, i, i)
    parts.append(part)
    written += len(part)
    i += 1
parts.append('void last(const httplib::Request &, httplib::Response &res) {\n'
             '  res.status = 204;\n'
             '  res.set_content("x", "text/plain");\n'
             '}\n')
sys.stdout.write(''.join(parts))
