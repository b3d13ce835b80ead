// Declaration-only stand-in for Apache httpd 2.4 and APR 1.7 (Debian's
// apache2-dev and libapr1-dev), for http-tidy's fuzz target and the tests that
// replay its inputs: what the C check tests use from the real header of this
// name, with its names, types, macros and signatures. request_rec keeps only
// the members those tests touch. It is not the upstream code and implements
// nothing.

#ifndef APR_H
#define APR_H

#include <fuzz_libc.h>

typedef size_t apr_size_t;
typedef ssize_t apr_ssize_t;
typedef off_t apr_off_t;
typedef int apr_status_t;
typedef struct apr_pool_t apr_pool_t;
typedef struct apr_file_t apr_file_t;

#define APR_SUCCESS 0

#endif // APR_H
