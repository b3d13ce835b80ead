// Declaration-only stand-in for libevent 2.1.12 (Debian's libevent-dev), for
// http-tidy's fuzz target and the tests that replay its inputs: the parts of
// the real header of this name that the C check tests use, with its names,
// signatures and constant values. It is not the upstream header and
// implements nothing.

#ifndef EVENT2_EVENT_H_INCLUDED_
#define EVENT2_EVENT_H_INCLUDED_

#include <event2/util.h>

#ifdef __cplusplus
extern "C" {
#endif

struct event_base;
struct event;

struct event_base *event_base_new(void);
void event_base_free(struct event_base *);
int event_base_dispatch(struct event_base *);
int event_base_loopbreak(struct event_base *);

#ifdef __cplusplus
}
#endif

#endif // EVENT2_EVENT_H_INCLUDED_
