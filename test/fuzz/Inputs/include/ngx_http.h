// Declaration-only stand-in for nginx 1.22.1 (the module headers of Debian's
// nginx-dev), for http-tidy's fuzz target and the tests that replay its
// inputs. ngx_config.h, ngx_core.h and ngx_http.h together hold what the C
// check tests use, with the names, types, macros and signatures of the real
// headers; the structs keep only the members those tests touch (and keep the
// member types), so they are not layout-compatible. It is not the upstream
// code and implements nothing.

#ifndef _NGX_HTTP_H_INCLUDED_
#define _NGX_HTTP_H_INCLUDED_

#include <ngx_core.h>

typedef struct ngx_http_request_s ngx_http_request_t;

#define NGX_HTTP_UNKNOWN 0x00000001
#define NGX_HTTP_GET 0x00000002
#define NGX_HTTP_HEAD 0x00000004
#define NGX_HTTP_POST 0x00000008
#define NGX_HTTP_PUT 0x00000010
#define NGX_HTTP_DELETE 0x00000020

#define NGX_HTTP_CONTINUE 100
#define NGX_HTTP_SWITCHING_PROTOCOLS 101
#define NGX_HTTP_PROCESSING 102
#define NGX_HTTP_OK 200
#define NGX_HTTP_CREATED 201
#define NGX_HTTP_ACCEPTED 202
#define NGX_HTTP_NO_CONTENT 204
#define NGX_HTTP_PARTIAL_CONTENT 206
#define NGX_HTTP_SPECIAL_RESPONSE 300
#define NGX_HTTP_MOVED_PERMANENTLY 301
#define NGX_HTTP_MOVED_TEMPORARILY 302
#define NGX_HTTP_SEE_OTHER 303
#define NGX_HTTP_NOT_MODIFIED 304
#define NGX_HTTP_TEMPORARY_REDIRECT 307
#define NGX_HTTP_PERMANENT_REDIRECT 308
#define NGX_HTTP_BAD_REQUEST 400
#define NGX_HTTP_UNAUTHORIZED 401
#define NGX_HTTP_FORBIDDEN 403
#define NGX_HTTP_NOT_FOUND 404
#define NGX_HTTP_NOT_ALLOWED 405
#define NGX_HTTP_REQUEST_TIME_OUT 408
#define NGX_HTTP_CONFLICT 409
#define NGX_HTTP_LENGTH_REQUIRED 411
#define NGX_HTTP_PRECONDITION_FAILED 412
#define NGX_HTTP_REQUEST_ENTITY_TOO_LARGE 413
#define NGX_HTTP_REQUEST_URI_TOO_LARGE 414
#define NGX_HTTP_UNSUPPORTED_MEDIA_TYPE 415
#define NGX_HTTP_RANGE_NOT_SATISFIABLE 416
#define NGX_HTTP_MISDIRECTED_REQUEST 421
#define NGX_HTTP_TOO_MANY_REQUESTS 429
#define NGX_HTTP_CLOSE 444
#define NGX_HTTP_NGINX_CODES 494
#define NGX_HTTP_REQUEST_HEADER_TOO_LARGE 494
#define NGX_HTTP_TO_HTTPS 497
#define NGX_HTTP_CLIENT_CLOSED_REQUEST 499
#define NGX_HTTP_INTERNAL_SERVER_ERROR 500
#define NGX_HTTP_NOT_IMPLEMENTED 501
#define NGX_HTTP_BAD_GATEWAY 502
#define NGX_HTTP_SERVICE_UNAVAILABLE 503
#define NGX_HTTP_GATEWAY_TIME_OUT 504
#define NGX_HTTP_VERSION_NOT_SUPPORTED 505
#define NGX_HTTP_INSUFFICIENT_STORAGE 507

#define NGX_HTTP_LAST 1
#define NGX_HTTP_FLUSH 2

#define NGX_HTTP_MODULE 0x50545448
#define NGX_HTTP_MAIN_CONF 0x02000000
#define NGX_HTTP_SRV_CONF 0x04000000
#define NGX_HTTP_LOC_CONF 0x08000000

typedef struct {
  ngx_list_t headers;
  ngx_table_elt_t *host;
  ngx_table_elt_t *connection;
  ngx_table_elt_t *if_modified_since;
  ngx_table_elt_t *if_unmodified_since;
  ngx_table_elt_t *if_match;
  ngx_table_elt_t *if_none_match;
  ngx_table_elt_t *user_agent;
  ngx_table_elt_t *referer;
  ngx_table_elt_t *content_length;
  ngx_table_elt_t *content_range;
  ngx_table_elt_t *content_type;
  off_t content_length_n;
} ngx_http_headers_in_t;

typedef struct {
  ngx_list_t headers;
  ngx_list_t trailers;
  ngx_uint_t status;
  ngx_str_t status_line;
  ngx_table_elt_t *server;
  ngx_table_elt_t *date;
  ngx_table_elt_t *content_length;
  ngx_table_elt_t *content_encoding;
  ngx_table_elt_t *location;
  ngx_table_elt_t *refresh;
  ngx_table_elt_t *last_modified;
  ngx_table_elt_t *content_range;
  ngx_table_elt_t *accept_ranges;
  ngx_table_elt_t *www_authenticate;
  ngx_table_elt_t *expires;
  ngx_table_elt_t *etag;
  ngx_str_t *override_charset;
  size_t content_type_len;
  ngx_str_t content_type;
  ngx_str_t charset;
  u_char *content_type_lowcase;
  ngx_uint_t content_type_hash;
  ngx_array_t cache_control;
  ngx_array_t link;
  off_t content_length_n;
  off_t content_offset;
  time_t date_time;
  time_t last_modified_time;
} ngx_http_headers_out_t;

struct ngx_http_request_s {
  uint32_t signature;
  ngx_pool_t *pool;
  ngx_http_headers_in_t headers_in;
  ngx_http_headers_out_t headers_out;
  ngx_uint_t method;
  ngx_uint_t http_version;
  ngx_str_t request_line;
  ngx_str_t uri;
  ngx_str_t args;
  ngx_str_t exten;
  ngx_str_t unparsed_uri;
  ngx_str_t method_name;
  ngx_str_t http_protocol;
  ngx_http_request_t *main;
  ngx_http_request_t *parent;
  unsigned header_only : 1;
};

typedef ngx_int_t (*ngx_http_handler_pt)(ngx_http_request_t *r);
typedef void (*ngx_http_client_body_handler_pt)(ngx_http_request_t *r);

typedef struct {
  ngx_str_t value;
  ngx_uint_t *flushes;
  void *lengths;
  void *values;
  union {
    size_t size;
  } u;
} ngx_http_complex_value_t;

typedef struct {
  void **main_conf;
  void **srv_conf;
  void **loc_conf;
} ngx_http_conf_ctx_t;

typedef struct {
  ngx_int_t (*preconfiguration)(ngx_conf_t *cf);
  ngx_int_t (*postconfiguration)(ngx_conf_t *cf);
  void *(*create_main_conf)(ngx_conf_t *cf);
  char *(*init_main_conf)(ngx_conf_t *cf, void *conf);
  void *(*create_srv_conf)(ngx_conf_t *cf);
  char *(*merge_srv_conf)(ngx_conf_t *cf, void *prev, void *conf);
  void *(*create_loc_conf)(ngx_conf_t *cf);
  char *(*merge_loc_conf)(ngx_conf_t *cf, void *prev, void *conf);
} ngx_http_module_t;

#define ngx_http_conf_get_module_loc_conf(cf, module)                          \
  ((ngx_http_conf_ctx_t *)cf->ctx)->loc_conf[module.ctx_index]

typedef struct {
  ngx_str_t name;
  ngx_str_t root;
  ngx_http_handler_pt handler;
} ngx_http_core_loc_conf_t;

extern ngx_module_t ngx_http_core_module;

#define ngx_http_clear_content_length(r)                                       \
                                                                               \
  r->headers_out.content_length_n = -1;                                        \
  if (r->headers_out.content_length) {                                         \
    r->headers_out.content_length->hash = 0;                                   \
    r->headers_out.content_length = NULL;                                      \
  }

ngx_int_t ngx_http_send_header(ngx_http_request_t *r);
ngx_int_t ngx_http_output_filter(ngx_http_request_t *r, ngx_chain_t *chain);
ngx_int_t ngx_http_send_special(ngx_http_request_t *r, ngx_uint_t flags);
ngx_int_t ngx_http_send_response(ngx_http_request_t *r, ngx_uint_t status,
                                 ngx_str_t *ct, ngx_http_complex_value_t *cv);
void ngx_http_finalize_request(ngx_http_request_t *r, ngx_int_t rc);
ngx_int_t ngx_http_discard_request_body(ngx_http_request_t *r);
ngx_int_t
ngx_http_read_client_request_body(ngx_http_request_t *r,
                                  ngx_http_client_body_handler_pt post_handler);
ngx_int_t ngx_http_set_content_type(ngx_http_request_t *r);
ngx_int_t ngx_http_set_etag(ngx_http_request_t *r);
void ngx_http_weak_etag(ngx_http_request_t *r);
ngx_int_t ngx_http_complex_value(ngx_http_request_t *r,
                                 ngx_http_complex_value_t *val,
                                 ngx_str_t *value);
ngx_int_t ngx_http_arg(ngx_http_request_t *r, u_char *name, size_t len,
                       ngx_str_t *value);
u_char *ngx_http_map_uri_to_path(ngx_http_request_t *r, ngx_str_t *name,
                                 size_t *root_length, size_t reserved);

#endif // _NGX_HTTP_H_INCLUDED_
