// Declaration-only stand-in for libevent 2.1.12 (Debian's libevent-dev), for
// http-tidy's fuzz target and the tests that replay its inputs: the parts of
// the real header of this name that the C check tests use, with its names,
// signatures and constant values. It is not the upstream header and
// implements nothing.

#ifndef EVENT2_HTTP_H_INCLUDED_
#define EVENT2_HTTP_H_INCLUDED_

#include <event2/util.h>

#ifdef __cplusplus
extern "C" {
#endif

struct evbuffer;
struct event_base;
struct evhttp;
struct evhttp_request;
struct evhttp_uri;
struct evkeyvalq;

#define HTTP_OK 200
#define HTTP_NOCONTENT 204
#define HTTP_MOVEPERM 301
#define HTTP_MOVETEMP 302
#define HTTP_NOTMODIFIED 304
#define HTTP_BADREQUEST 400
#define HTTP_NOTFOUND 404
#define HTTP_BADMETHOD 405
#define HTTP_ENTITYTOOLARGE 413
#define HTTP_EXPECTATIONFAILED 417
#define HTTP_INTERNAL 500
#define HTTP_NOTIMPLEMENTED 501
#define HTTP_SERVUNAVAIL 503

enum evhttp_cmd_type {
  EVHTTP_REQ_GET = 1 << 0,
  EVHTTP_REQ_POST = 1 << 1,
  EVHTTP_REQ_HEAD = 1 << 2,
  EVHTTP_REQ_PUT = 1 << 3,
  EVHTTP_REQ_DELETE = 1 << 4,
  EVHTTP_REQ_OPTIONS = 1 << 5,
  EVHTTP_REQ_TRACE = 1 << 6,
  EVHTTP_REQ_CONNECT = 1 << 7,
  EVHTTP_REQ_PATCH = 1 << 8
};

struct evhttp *evhttp_new(struct event_base *base);
void evhttp_free(struct evhttp *http);
int evhttp_bind_socket(struct evhttp *http, const char *address,
                       ev_uint16_t port);
int evhttp_set_cb(struct evhttp *http, const char *path,
                  void (*cb)(struct evhttp_request *, void *), void *cb_arg);
void evhttp_set_gencb(struct evhttp *http,
                      void (*cb)(struct evhttp_request *, void *), void *arg);
void evhttp_set_timeout(struct evhttp *http, int timeout_in_secs);
void evhttp_set_allowed_methods(struct evhttp *http, ev_uint16_t methods);

void evhttp_send_error(struct evhttp_request *req, int error,
                       const char *reason);
void evhttp_send_reply(struct evhttp_request *req, int code,
                       const char *reason, struct evbuffer *databuf);
void evhttp_send_reply_start(struct evhttp_request *req, int code,
                             const char *reason);
void evhttp_send_reply_chunk(struct evhttp_request *req,
                             struct evbuffer *databuf);
void evhttp_send_reply_end(struct evhttp_request *req);

enum evhttp_cmd_type evhttp_request_get_command(const struct evhttp_request *req);
int evhttp_request_get_response_code(const struct evhttp_request *req);
const struct evhttp_uri *
evhttp_request_get_evhttp_uri(const struct evhttp_request *req);
const char *evhttp_request_get_uri(const struct evhttp_request *req);
struct evkeyvalq *evhttp_request_get_input_headers(struct evhttp_request *req);
struct evkeyvalq *evhttp_request_get_output_headers(struct evhttp_request *req);
struct evbuffer *evhttp_request_get_input_buffer(struct evhttp_request *req);
struct evbuffer *evhttp_request_get_output_buffer(struct evhttp_request *req);
const char *evhttp_request_get_host(struct evhttp_request *req);

const char *evhttp_find_header(const struct evkeyvalq *headers,
                               const char *key);
int evhttp_remove_header(struct evkeyvalq *headers, const char *key);
int evhttp_add_header(struct evkeyvalq *headers, const char *key,
                      const char *value);
void evhttp_clear_headers(struct evkeyvalq *headers);

const char *evhttp_uri_get_query(const struct evhttp_uri *uri);
const char *evhttp_uri_get_path(const struct evhttp_uri *uri);
int evhttp_parse_query_str(const char *uri, struct evkeyvalq *headers);

#ifdef __cplusplus
}
#endif

#endif // EVENT2_HTTP_H_INCLUDED_
