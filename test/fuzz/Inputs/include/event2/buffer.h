// Declaration-only stand-in for libevent 2.1.12 (Debian's libevent-dev), for
// http-tidy's fuzz target and the tests that replay its inputs: the parts of
// the real header of this name that the C check tests use, with its names,
// signatures and constant values. It is not the upstream header and
// implements nothing.

#ifndef EVENT2_BUFFER_H_INCLUDED_
#define EVENT2_BUFFER_H_INCLUDED_

#include <event2/util.h>

#ifdef __cplusplus
extern "C" {
#endif

struct evbuffer;

typedef void (*evbuffer_ref_cleanup_cb)(const void *data, size_t datalen,
                                        void *extra);

struct evbuffer *evbuffer_new(void);
void evbuffer_free(struct evbuffer *buf);
size_t evbuffer_get_length(const struct evbuffer *buf);
int evbuffer_add(struct evbuffer *buf, const void *data, size_t datlen);
int evbuffer_add_printf(struct evbuffer *buf, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int evbuffer_add_vprintf(struct evbuffer *buf, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
int evbuffer_add_reference(struct evbuffer *outbuf, const void *data,
                           size_t datlen, evbuffer_ref_cleanup_cb cleanupfn,
                           void *cleanupfn_arg);
int evbuffer_add_file(struct evbuffer *outbuf, int fd, ev_off_t offset,
                      ev_off_t length);
int evbuffer_add_buffer(struct evbuffer *outbuf, struct evbuffer *inbuf);
int evbuffer_prepend(struct evbuffer *buf, const void *data, size_t size);
ev_ssize_t evbuffer_copyout(struct evbuffer *buf, void *data_out,
                            size_t datlen);
int evbuffer_drain(struct evbuffer *buf, size_t len);

#ifdef __cplusplus
}
#endif

#endif // EVENT2_BUFFER_H_INCLUDED_
