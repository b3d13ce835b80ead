// Declaration-only stand-in for h2o 2.2.5 (Debian's libh2o-dev), for
// http-tidy's fuzz target and the tests that replay its inputs: the request,
// response, header and server-setup API that the C check tests use, with the
// names, types, macros and signatures of the real <h2o.h> and the headers it
// brings. The structs keep only the members those tests touch (with their
// types), so they are not layout-compatible. It is not the upstream code and
// implements nothing.

#ifndef h2o_h
#define h2o_h

#include <fuzz_libc.h>

#ifdef __cplusplus
extern "C" {
#endif

#define H2O_STRLIT(s) (s), sizeof(s) - 1

typedef struct st_h2o_iovec_t {
  char *base;
  size_t len;
} h2o_iovec_t;

static inline h2o_iovec_t h2o_iovec_init(const void *base, size_t len) {
  h2o_iovec_t buf;
  buf.base = (char *)base;
  buf.len = len;
  return buf;
}
static inline int h2o_memis(const void *_target, size_t target_len,
                            const void *_test, size_t test_len) {
  if (target_len != test_len)
    return 0;
  if (target_len == 0)
    return 1;
  return memcmp(_target, _test, target_len) == 0;
}

typedef struct st_h2o_mem_pool_t {
  struct st_h2o_mem_pool_chunk_t *chunks;
  size_t chunk_offset;
  struct st_h2o_mem_pool_shared_ref_t *shared_refs;
  struct st_h2o_mem_pool_direct_t *directs;
} h2o_mem_pool_t;

h2o_iovec_t h2o_strdup(h2o_mem_pool_t *pool, const char *s, size_t len);

typedef struct st_h2o_token_t {
  h2o_iovec_t buf;
  char http2_static_table_name_index;
  unsigned char proxy_should_drop_for_req : 1;
  unsigned char proxy_should_drop_for_res : 1;
  unsigned char is_init_header_special : 1;
  unsigned char http2_should_reject : 1;
  unsigned char copy_for_push_request : 1;
  unsigned char dont_compress : 1;
} h2o_token_t;

#define H2O_MAX_TOKENS 100
extern h2o_token_t h2o__tokens[H2O_MAX_TOKENS];
#define H2O_TOKEN_CACHE_CONTROL (h2o__tokens + 14)
#define H2O_TOKEN_CONTENT_LENGTH (h2o__tokens + 20)
#define H2O_TOKEN_CONTENT_TYPE (h2o__tokens + 23)
#define H2O_TOKEN_ETAG (h2o__tokens + 26)
#define H2O_TOKEN_IF_NONE_MATCH (h2o__tokens + 34)
#define H2O_TOKEN_LOCATION (h2o__tokens + 40)
#define H2O_TOKEN_TRANSFER_ENCODING (h2o__tokens + 52)

typedef struct st_h2o_header_t {
  h2o_iovec_t *name;
  const char *orig_name;
  h2o_iovec_t value;
} h2o_header_t;

typedef struct {
  h2o_header_t *entries;
  size_t size;
  size_t capacity;
} h2o_headers_t;

typedef struct st_h2o_evloop_t h2o_evloop_t;
typedef h2o_evloop_t h2o_loop_t;
typedef struct st_h2o_socket_t h2o_socket_t;
typedef void (*h2o_socket_cb)(h2o_socket_t *sock, const char *err);
#define H2O_SOCKET_FLAG_DONT_READ 0x20

typedef struct st_h2o_hostconf_t h2o_hostconf_t;
typedef struct st_h2o_pathconf_t h2o_pathconf_t;
typedef struct st_h2o_conn_t h2o_conn_t;

typedef struct st_h2o_globalconf_t {
  h2o_hostconf_t **hosts;
} h2o_globalconf_t;

typedef struct st_h2o_context_t {
  h2o_loop_t *loop;
  h2o_globalconf_t *globalconf;
} h2o_context_t;

typedef struct st_h2o_accept_ctx_t {
  h2o_context_t *ctx;
  h2o_hostconf_t **hosts;
  void *ssl_ctx;
  int expect_proxy_line;
  void *libmemcached_receiver;
} h2o_accept_ctx_t;

typedef struct st_h2o_res_t {
  int status;
  const char *reason;
  size_t content_length;
  h2o_headers_t headers;
  void *mime_attr;
  struct {
    int status;
    h2o_headers_t headers;
  } original;
} h2o_res_t;

typedef struct st_h2o_req_t {
  h2o_conn_t *conn;
  h2o_iovec_t authority;
  h2o_iovec_t method;
  h2o_iovec_t path;
  h2o_iovec_t path_normalized;
  size_t query_at;
  int version;
  h2o_headers_t headers;
  h2o_iovec_t entity;
  h2o_res_t res;
  h2o_mem_pool_t pool;
} h2o_req_t;

typedef struct st_h2o_handler_t {
  size_t _config_slot;
  void (*on_context_init)(struct st_h2o_handler_t *self, h2o_context_t *ctx);
  void (*on_context_dispose)(struct st_h2o_handler_t *self,
                             h2o_context_t *ctx);
  void (*dispose)(struct st_h2o_handler_t *self);
  int (*on_req)(struct st_h2o_handler_t *self, h2o_req_t *req);
} h2o_handler_t;

typedef struct st_h2o_generator_t {
  void (*proceed)(struct st_h2o_generator_t *self, h2o_req_t *req);
  void (*stop)(struct st_h2o_generator_t *self, h2o_req_t *req);
} h2o_generator_t;

typedef enum h2o_send_state {
  H2O_SEND_STATE_IN_PROGRESS,
  H2O_SEND_STATE_FINAL,
  H2O_SEND_STATE_ERROR,
} h2o_send_state_t;

void h2o_config_init(h2o_globalconf_t *config);
h2o_hostconf_t *h2o_config_register_host(h2o_globalconf_t *config,
                                         h2o_iovec_t host, uint16_t port);
h2o_pathconf_t *h2o_config_register_path(h2o_hostconf_t *hostconf,
                                         const char *path, int flags);
h2o_handler_t *h2o_create_handler(h2o_pathconf_t *conf, size_t sz);
void h2o_context_init(h2o_context_t *context, h2o_loop_t *loop,
                      h2o_globalconf_t *config);
void h2o_accept(h2o_accept_ctx_t *ctx, h2o_socket_t *sock);

h2o_evloop_t *h2o_evloop_create(void);
int h2o_evloop_run(h2o_evloop_t *loop, int32_t max_wait);
h2o_socket_t *h2o_evloop_socket_create(h2o_evloop_t *loop, int fd, int flags);
h2o_socket_t *h2o_evloop_socket_accept(h2o_socket_t *listener);
void h2o_socket_read_start(h2o_socket_t *sock, h2o_socket_cb cb);

ssize_t h2o_find_header(const h2o_headers_t *headers,
                        const h2o_token_t *token, ssize_t cursor);
void h2o_add_header(h2o_mem_pool_t *pool, h2o_headers_t *headers,
                    const h2o_token_t *token, const char *orig_name,
                    const char *value, size_t value_len);
void h2o_add_header_by_str(h2o_mem_pool_t *pool, h2o_headers_t *headers,
                           const char *name, size_t name_len, int maybe_token,
                           const char *orig_name, const char *value,
                           size_t value_len);
void h2o_set_header(h2o_mem_pool_t *pool, h2o_headers_t *headers,
                    const h2o_token_t *token, const char *value,
                    size_t value_len, int overwrite_if_exists);
void h2o_set_header_by_str(h2o_mem_pool_t *pool, h2o_headers_t *headers,
                           const char *name, size_t name_len, int maybe_token,
                           const char *value, size_t value_len,
                           int overwrite_if_exists);
ssize_t h2o_delete_header(h2o_headers_t *headers, ssize_t cursor);

void h2o_start_response(h2o_req_t *req, h2o_generator_t *generator);
void h2o_send(h2o_req_t *req, h2o_iovec_t *bufs, size_t bufcnt,
              h2o_send_state_t state);
void h2o_send_inline(h2o_req_t *req, const char *body, size_t len);
void h2o_send_error_generic(h2o_req_t *req, int status, const char *reason,
                            const char *body, int flags);
void h2o_send_redirect(h2o_req_t *req, int status, const char *reason,
                       const char *url, size_t url_len);

// The real header defines these through H2O_SEND_ERROR_XXX, which also
// counts the status in the context's statistics.
#define H2O_SEND_ERROR_XXX(status)                                             \
  static inline void h2o_send_error_##status(h2o_req_t *req,                   \
                                             const char *reason,               \
                                             const char *body, int flags) {    \
    h2o_send_error_generic(req, status, reason, body, flags);                  \
  }
H2O_SEND_ERROR_XXX(400)
H2O_SEND_ERROR_XXX(403)
H2O_SEND_ERROR_XXX(404)
H2O_SEND_ERROR_XXX(405)
H2O_SEND_ERROR_XXX(416)
H2O_SEND_ERROR_XXX(417)
H2O_SEND_ERROR_XXX(500)
H2O_SEND_ERROR_XXX(502)
H2O_SEND_ERROR_XXX(503)

#ifdef __cplusplus
}
#endif

#endif // h2o_h
