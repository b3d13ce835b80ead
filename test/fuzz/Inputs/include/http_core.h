// Declaration-only stand-in for Apache httpd 2.4 and APR 1.7 (Debian's
// apache2-dev and libapr1-dev), for http-tidy's fuzz target and the tests that
// replay its inputs: what the C check tests use from the real header of this
// name, with its names, types, macros and signatures. request_rec keeps only
// the members those tests touch. It is not the upstream code and implements
// nothing.
// The check tests include it without using its declarations.

#ifndef APACHE_HTTP_CORE_H
#define APACHE_HTTP_CORE_H

#include <httpd.h>

#endif // APACHE_HTTP_CORE_H
