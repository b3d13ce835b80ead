// Declaration-only stand-in for mongoose 7.22 (cesanta/mongoose, tag 7.22,
// the single header mongoose.h), written for http-tidy's lint tests. It
// declares the part of the public C API that the tests and the model use,
// with the names, types and signatures of that release, so that handler code
// parses as it does against the real header. It is not the upstream header:
// there is no implementation, no configuration machinery and no platform
// code. Tests only run -fsyntax-only against it; nothing links.

#ifndef MONGOOSE_H
#define MONGOOSE_H

#define MG_VERSION "7.22"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef MG_DATA_SIZE
#define MG_DATA_SIZE 32
#endif

#ifndef MG_MAX_HTTP_HEADERS
#define MG_MAX_HTTP_HEADERS 30
#endif

// Strings: a pointer and a length, not NUL-terminated.
struct mg_str {
  char *buf;
  size_t len;
};

// 7.22 spells the constructor through a macro.
#define mg_str(s) mg_str_s(s)
struct mg_str mg_str(const char *s);
struct mg_str mg_str_n(const char *s, size_t n);
int mg_casecmp(const char *s1, const char *s2);
int mg_strcmp(const struct mg_str str1, const struct mg_str str2);
int mg_strcasecmp(const struct mg_str str1, const struct mg_str str2);
bool mg_match(struct mg_str str, struct mg_str pattern, struct mg_str *caps);

// Formatted output.
typedef void (*mg_pfn_t)(char, void *arg);
size_t mg_snprintf(char *, size_t, const char *fmt, ...);
size_t mg_print_esc(mg_pfn_t, void *arg, va_list *ap);
#define MG_ESC(str) mg_print_esc, 0, (str)

// File systems.
struct mg_fs {
  int (*st)(const char *path, size_t *size, time_t *mtime);
  void (*ls)(const char *path, void (*fn)(const char *, void *), void *);
  void *(*op)(const char *path, int flags);
  void (*cl)(void *fd);
  size_t (*rd)(void *fd, void *buf, size_t len);
  size_t (*wr)(void *fd, const void *buf, size_t len);
  size_t (*sk)(void *fd, size_t offset);
  bool (*mv)(const char *from, const char *to);
  bool (*rm)(const char *path);
  bool (*mkd)(const char *path);
};
extern struct mg_fs mg_fs_posix;

struct mg_iobuf {
  unsigned char *buf;
  size_t size;
  size_t len;
  size_t align;
};

// Events. Since 7.15 the handler has three parameters; the user pointer is
// c->fn_data.
struct mg_connection;
typedef void (*mg_event_handler_t)(struct mg_connection *, int ev,
                                   void *ev_data);

enum mg_event {
  MG_EV_ERROR,
  MG_EV_OPEN,
  MG_EV_POLL,
  MG_EV_RESOLVE,
  MG_EV_CONNECT,
  MG_EV_ACCEPT,
  MG_EV_TLS_HS,
  MG_EV_READ,
  MG_EV_WRITE,
  MG_EV_CLOSE,
  MG_EV_HTTP_HDRS,
  MG_EV_HTTP_MSG,
  MG_EV_WS_OPEN,
  MG_EV_WS_MSG,
  MG_EV_WS_CTL,
  MG_EV_MQTT_CMD,
  MG_EV_MQTT_MSG,
  MG_EV_MQTT_OPEN,
  MG_EV_SNTP_TIME,
  MG_EV_WAKEUP,
  MG_EV_MDNS_REQ,
  MG_EV_MDNS_RESP,
  MG_EV_MODBUS_REQ,
  MG_EV_USER
};

struct mg_addr {
  union {
    uint8_t ip[16];
    uint32_t ip4;
    uint64_t ip6[2];
  } addr;
  uint16_t port;
  uint8_t scope_id;
  bool is_ip6;
};

// The event manager; its members are left out here.
struct mg_mgr {
  struct mg_connection *conns;
  void *userdata;
};

struct mg_connection {
  struct mg_connection *next;
  struct mg_mgr *mgr;
  struct mg_addr loc;
  struct mg_addr rem;
  void *fd;
  unsigned long id;
  struct mg_iobuf recv;
  struct mg_iobuf send;
  struct mg_iobuf prof;
  struct mg_iobuf rtls;
  mg_event_handler_t fn;
  void *fn_data;
  mg_event_handler_t pfn;
  void *pfn_data;
  char data[MG_DATA_SIZE];
  void *tls;
  unsigned is_listening : 1;
  unsigned is_client : 1;
  unsigned is_accepted : 1;
  unsigned is_resolving : 1;
  unsigned is_arplooking : 1;
  unsigned is_connecting : 1;
  unsigned is_tls : 1;
  unsigned is_tls_hs : 1;
  unsigned is_udp : 1;
  unsigned is_websocket : 1;
  unsigned is_mqtt5 : 1;
  unsigned is_hexdumping : 1;
  unsigned is_draining : 1;
  unsigned is_closing : 1;
  unsigned is_full : 1;
  unsigned is_tls_throttled : 1;
  unsigned is_resp : 1;
  unsigned is_readable : 1;
  unsigned is_writable : 1;
};

void mg_mgr_poll(struct mg_mgr *, int ms);
void mg_mgr_init(struct mg_mgr *);
void mg_mgr_free(struct mg_mgr *);
struct mg_connection *mg_listen(struct mg_mgr *, const char *url,
                                mg_event_handler_t fn, void *fn_data);
void mg_error(struct mg_connection *c, const char *fmt, ...);

// Output: appended to c->send, written by a later mg_mgr_poll().
bool mg_send(struct mg_connection *, const void *, size_t);
size_t mg_printf(struct mg_connection *, const char *fmt, ...);
size_t mg_vprintf(struct mg_connection *, const char *fmt, va_list *ap);

// HTTP.
struct mg_http_header {
  struct mg_str name;
  struct mg_str value;
};

struct mg_http_message {
  struct mg_str method, uri, query, proto;
  struct mg_http_header headers[MG_MAX_HTTP_HEADERS];
  struct mg_str body;
  struct mg_str head;
  struct mg_str message;
};

struct mg_http_serve_opts {
  const char *root_dir;
  const char *ssi_pattern;
  const char *extra_headers;
  const char *mime_types;
  const char *page404;
  struct mg_fs *fs;
};

void mg_http_printf_chunk(struct mg_connection *cnn, const char *fmt, ...);
void mg_http_write_chunk(struct mg_connection *c, const char *buf, size_t len);
struct mg_connection *mg_http_listen(struct mg_mgr *, const char *url,
                                     mg_event_handler_t fn, void *fn_data);
void mg_http_serve_dir(struct mg_connection *, struct mg_http_message *hm,
                       const struct mg_http_serve_opts *);
void mg_http_serve_file(struct mg_connection *, struct mg_http_message *hm,
                        const char *path, const struct mg_http_serve_opts *);
void mg_http_reply(struct mg_connection *, int status_code, const char *headers,
                   const char *body_fmt, ...);
struct mg_str *mg_http_get_header(struct mg_http_message *, const char *name);
struct mg_str mg_http_var(struct mg_str buf, struct mg_str name);
int mg_http_get_var(const struct mg_str *, const char *name, char *, size_t);
void mg_http_creds(struct mg_http_message *, char *, size_t, char *, size_t);
void mg_http_bauth(struct mg_connection *, const char *user, const char *pass);
int mg_http_status(const struct mg_http_message *hm);

// WebSocket.
void mg_ws_upgrade(struct mg_connection *, struct mg_http_message *,
                   const char *fmt, ...);
size_t mg_ws_send(struct mg_connection *, const void *buf, size_t len, int op);

#ifdef __cplusplus
}
#endif

#endif // MONGOOSE_H
