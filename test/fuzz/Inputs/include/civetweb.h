// Declaration-only stand-in for civetweb 1.16 (Debian's libcivetweb-dev), for
// http-tidy's fuzz target and the tests that replay its inputs: the server
// API that the C check tests use, with the names and signatures of the real
// <civetweb.h>, on the C library subset of fuzz_libc.h. mg_callbacks keeps
// only its first members. It is not the upstream header and implements
// nothing.

#ifndef CIVETWEB_HEADER_INCLUDED
#define CIVETWEB_HEADER_INCLUDED

#include <fuzz_libc.h>

#define CIVETWEB_VERSION "1.16"

#ifdef __cplusplus
extern "C" {
#endif

struct mg_context;
struct mg_connection;
struct mg_client_cert;

#define MG_MAX_HEADERS (64)

struct mg_header {
  const char *name;
  const char *value;
};

struct mg_request_info {
  const char *request_method;
  const char *request_uri;
  const char *local_uri_raw;
  const char *local_uri;
  const char *http_version;
  const char *query_string;
  const char *remote_user;
  char remote_addr[48];
  long long content_length;
  int remote_port;
  int server_port;
  int is_ssl;
  void *user_data;
  void *conn_data;
  int num_headers;
  struct mg_header http_headers[MG_MAX_HEADERS];
  struct mg_client_cert *client_cert;
  const char *acceptedWebSocketSubprotocol;
};

struct mg_response_info {
  int status_code;
  const char *status_text;
  const char *http_version;
  long long content_length;
  int num_headers;
  struct mg_header http_headers[MG_MAX_HEADERS];
};

struct mg_callbacks {
  int (*begin_request)(struct mg_connection *);
  void (*end_request)(const struct mg_connection *, int reply_status_code);
  int (*log_message)(const struct mg_connection *, const char *message);
  int (*log_access)(const struct mg_connection *, const char *message);
};

typedef int (*mg_request_handler)(struct mg_connection *conn, void *cbdata);

unsigned mg_init_library(unsigned features);
unsigned mg_exit_library(void);
struct mg_context *mg_start(const struct mg_callbacks *callbacks,
                            void *user_data,
                            const char **configuration_options);
void mg_stop(struct mg_context *);
void mg_set_request_handler(struct mg_context *ctx, const char *uri,
                            mg_request_handler handler, void *cbdata);

const struct mg_request_info *mg_get_request_info(const struct mg_connection *);
const struct mg_response_info *
mg_get_response_info(const struct mg_connection *);
const char *mg_get_header(const struct mg_connection *, const char *name);
int mg_get_var(const char *data, size_t data_len, const char *var_name,
               char *dst, size_t dst_len);
int mg_read(struct mg_connection *, void *buf, size_t len);

int mg_response_header_start(struct mg_connection *conn, int status);
int mg_response_header_add(struct mg_connection *conn, const char *header,
                           const char *value, int value_len);
int mg_response_header_add_lines(struct mg_connection *conn,
                                 const char *http1_headers);
int mg_response_header_send(struct mg_connection *conn);

int mg_write(struct mg_connection *, const void *buf, size_t len);
int mg_printf(struct mg_connection *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int mg_send_chunk(struct mg_connection *conn, const char *chunk,
                  unsigned int chunk_len);
void mg_send_file(struct mg_connection *conn, const char *path);
int mg_send_file_body(struct mg_connection *conn, const char *path);
int mg_send_http_error(struct mg_connection *conn, int status_code,
                       const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int mg_send_http_ok(struct mg_connection *conn, const char *mime_type,
                    long long content_length);
int mg_send_http_redirect(struct mg_connection *conn, const char *target_url,
                          int redirect_code);
int mg_send_digest_access_authentication_request(struct mg_connection *conn,
                                                 const char *realm);

#ifdef __cplusplus
}
#endif

#endif // CIVETWEB_HEADER_INCLUDED
