// Declaration-only stand-in for libevent 2.1.12 (Debian's libevent-dev), for
// http-tidy's fuzz target and the tests that replay its inputs: the parts of
// the real header of this name that the C check tests use, with its names,
// signatures and constant values. It is not the upstream header and
// implements nothing.

#ifndef EVENT2_KEYVALQ_STRUCT_H_INCLUDED_
#define EVENT2_KEYVALQ_STRUCT_H_INCLUDED_

// A tail queue of header lines, as the real header's TAILQ_HEAD and
// TAILQ_ENTRY spell it out.
struct evkeyval {
  struct {
    struct evkeyval *tqe_next;
    struct evkeyval **tqe_prev;
  } next;
  char *key;
  char *value;
};

struct evkeyvalq {
  struct evkeyval *tqh_first;
  struct evkeyval **tqh_last;
};

#endif // EVENT2_KEYVALQ_STRUCT_H_INCLUDED_
