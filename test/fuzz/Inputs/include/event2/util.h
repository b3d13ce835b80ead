// Declaration-only stand-in for libevent 2.1.12 (Debian's libevent-dev), for
// http-tidy's fuzz target and the tests that replay its inputs: the parts of
// the real header of this name that the C check tests use, with its names,
// signatures and constant values. It is not the upstream header and
// implements nothing.

#ifndef EVENT2_UTIL_H_INCLUDED_
#define EVENT2_UTIL_H_INCLUDED_

#include <fuzz_libc.h>

typedef uint16_t ev_uint16_t;
typedef uint32_t ev_uint32_t;
typedef uint64_t ev_uint64_t;
typedef ssize_t ev_ssize_t;
typedef int64_t ev_off_t;

#endif // EVENT2_UTIL_H_INCLUDED_
