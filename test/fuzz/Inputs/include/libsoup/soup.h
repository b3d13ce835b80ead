// Declaration-only stand-in for libsoup 3.2 (Debian's libsoup-3.0-dev), for
// http-tidy's fuzz target and the tests that replay its inputs: the server
// message, header and body API that the C check tests use, with the names,
// signatures and constant values of the real <libsoup/soup.h>, on the GLib
// subset of glib.h. It is not the upstream header and implements nothing.

#ifndef __SOUP_H__
#define __SOUP_H__

#include <glib.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _SoupServer SoupServer;
typedef struct _SoupServerMessage SoupServerMessage;
typedef struct _SoupMessageHeaders SoupMessageHeaders;

typedef enum {
  SOUP_STATUS_CONTINUE = 100,
  SOUP_STATUS_SWITCHING_PROTOCOLS = 101,
  SOUP_STATUS_PROCESSING = 102,
  SOUP_STATUS_OK = 200,
  SOUP_STATUS_CREATED = 201,
  SOUP_STATUS_ACCEPTED = 202,
  SOUP_STATUS_NON_AUTHORITATIVE = 203,
  SOUP_STATUS_NO_CONTENT = 204,
  SOUP_STATUS_RESET_CONTENT = 205,
  SOUP_STATUS_PARTIAL_CONTENT = 206,
  SOUP_STATUS_MULTI_STATUS = 207,
  SOUP_STATUS_MULTIPLE_CHOICES = 300,
  SOUP_STATUS_MOVED_PERMANENTLY = 301,
  SOUP_STATUS_FOUND = 302,
  SOUP_STATUS_MOVED_TEMPORARILY = 302,
  SOUP_STATUS_SEE_OTHER = 303,
  SOUP_STATUS_NOT_MODIFIED = 304,
  SOUP_STATUS_USE_PROXY = 305,
  SOUP_STATUS_NOT_APPEARING_IN_THIS_PROTOCOL = 306,
  SOUP_STATUS_TEMPORARY_REDIRECT = 307,
  SOUP_STATUS_PERMANENT_REDIRECT = 308,
  SOUP_STATUS_BAD_REQUEST = 400,
  SOUP_STATUS_UNAUTHORIZED = 401,
  SOUP_STATUS_PAYMENT_REQUIRED = 402,
  SOUP_STATUS_FORBIDDEN = 403,
  SOUP_STATUS_NOT_FOUND = 404,
  SOUP_STATUS_METHOD_NOT_ALLOWED = 405,
  SOUP_STATUS_NOT_ACCEPTABLE = 406,
  SOUP_STATUS_PROXY_AUTHENTICATION_REQUIRED = 407,
  SOUP_STATUS_REQUEST_TIMEOUT = 408,
  SOUP_STATUS_CONFLICT = 409,
  SOUP_STATUS_GONE = 410,
  SOUP_STATUS_LENGTH_REQUIRED = 411,
  SOUP_STATUS_PRECONDITION_FAILED = 412,
  SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE = 413,
  SOUP_STATUS_REQUEST_URI_TOO_LONG = 414,
  SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE = 415,
  SOUP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE = 416,
  SOUP_STATUS_EXPECTATION_FAILED = 417,
  SOUP_STATUS_MISDIRECTED_REQUEST = 421,
  SOUP_STATUS_UNPROCESSABLE_ENTITY = 422,
  SOUP_STATUS_LOCKED = 423,
  SOUP_STATUS_FAILED_DEPENDENCY = 424,
  SOUP_STATUS_INTERNAL_SERVER_ERROR = 500,
  SOUP_STATUS_NOT_IMPLEMENTED = 501,
  SOUP_STATUS_BAD_GATEWAY = 502,
  SOUP_STATUS_SERVICE_UNAVAILABLE = 503,
  SOUP_STATUS_GATEWAY_TIMEOUT = 504,
  SOUP_STATUS_HTTP_VERSION_NOT_SUPPORTED = 505,
  SOUP_STATUS_INSUFFICIENT_STORAGE = 507,
  SOUP_STATUS_NOT_EXTENDED = 510,
} SoupStatus;

#define SOUP_STATUS_IS_INFORMATIONAL(status) ((status) >= 100 && (status) < 200)
#define SOUP_STATUS_IS_SUCCESSFUL(status) ((status) >= 200 && (status) < 300)
#define SOUP_STATUS_IS_REDIRECTION(status) ((status) >= 300 && (status) < 400)
#define SOUP_STATUS_IS_CLIENT_ERROR(status) ((status) >= 400 && (status) < 500)
#define SOUP_STATUS_IS_SERVER_ERROR(status) ((status) >= 500 && (status) < 600)

// The method names are interned strings, compared by address.
extern gpointer _SOUP_METHOD_GET;
extern gpointer _SOUP_METHOD_POST;
extern gpointer _SOUP_METHOD_PUT;
extern gpointer _SOUP_METHOD_DELETE;
#define _SOUP_INTERN_METHOD(method)                                            \
  ((const char *)(_SOUP_METHOD_##method                                        \
                      ? _SOUP_METHOD_##method                                  \
                      : (_SOUP_METHOD_##method =                               \
                             (gpointer)g_intern_static_string(#method))))
#define SOUP_METHOD_GET _SOUP_INTERN_METHOD(GET)
#define SOUP_METHOD_POST _SOUP_INTERN_METHOD(POST)
#define SOUP_METHOD_PUT _SOUP_INTERN_METHOD(PUT)
#define SOUP_METHOD_DELETE _SOUP_INTERN_METHOD(DELETE)

typedef enum {
  SOUP_MEMORY_STATIC,
  SOUP_MEMORY_TAKE,
  SOUP_MEMORY_COPY,
} SoupMemoryUse;

typedef enum {
  SOUP_ENCODING_UNRECOGNIZED,
  SOUP_ENCODING_NONE,
  SOUP_ENCODING_CONTENT_LENGTH,
  SOUP_ENCODING_EOF,
  SOUP_ENCODING_CHUNKED,
  SOUP_ENCODING_BYTERANGES
} SoupEncoding;

typedef enum {
  SOUP_SERVER_LISTEN_HTTPS = (1 << 0),
  SOUP_SERVER_LISTEN_IPV4_ONLY = (1 << 1),
  SOUP_SERVER_LISTEN_IPV6_ONLY = (1 << 2)
} SoupServerListenOptions;

typedef struct {
  const char *data;
  goffset length;
} SoupMessageBody;

typedef void (*SoupServerCallback)(SoupServer *server, SoupServerMessage *msg,
                                   const char *path, GHashTable *query,
                                   gpointer user_data);

SoupServer *soup_server_new(const char *optname1, ...);
gboolean soup_server_listen_local(SoupServer *server, guint port,
                                  SoupServerListenOptions options,
                                  GError **error);
void soup_server_add_handler(SoupServer *server, const char *path,
                             SoupServerCallback callback, gpointer user_data,
                             GDestroyNotify destroy);

const char *soup_server_message_get_method(SoupServerMessage *msg);
SoupMessageHeaders *
soup_server_message_get_request_headers(SoupServerMessage *msg);
SoupMessageBody *soup_server_message_get_request_body(SoupServerMessage *msg);
guint soup_server_message_get_status(SoupServerMessage *msg);
void soup_server_message_set_status(SoupServerMessage *msg, guint status_code,
                                    const char *reason_phrase);
SoupMessageHeaders *
soup_server_message_get_response_headers(SoupServerMessage *msg);
SoupMessageBody *soup_server_message_get_response_body(SoupServerMessage *msg);
void soup_server_message_set_response(SoupServerMessage *msg,
                                      const char *content_type,
                                      SoupMemoryUse resp_use,
                                      const char *resp_body,
                                      gsize resp_length);
void soup_server_message_set_redirect(SoupServerMessage *msg,
                                      guint status_code,
                                      const char *redirect_uri);

void soup_message_headers_append(SoupMessageHeaders *hdrs, const char *name,
                                 const char *value);
void soup_message_headers_replace(SoupMessageHeaders *hdrs, const char *name,
                                  const char *value);
void soup_message_headers_remove(SoupMessageHeaders *hdrs, const char *name);
void soup_message_headers_clear(SoupMessageHeaders *hdrs);
const char *soup_message_headers_get_one(SoupMessageHeaders *hdrs,
                                         const char *name);
void soup_message_headers_set_content_length(SoupMessageHeaders *hdrs,
                                             goffset content_length);
void soup_message_headers_set_encoding(SoupMessageHeaders *hdrs,
                                       SoupEncoding encoding);
void soup_message_headers_set_content_type(SoupMessageHeaders *hdrs,
                                           const char *content_type,
                                           GHashTable *params);

void soup_message_body_append(SoupMessageBody *body, SoupMemoryUse use,
                              gconstpointer data, gsize length);
void soup_message_body_append_take(SoupMessageBody *body, guchar *data,
                                   gsize length);
void soup_message_body_append_bytes(SoupMessageBody *body, GBytes *buffer);
void soup_message_body_truncate(SoupMessageBody *body);
void soup_message_body_complete(SoupMessageBody *body);

#ifdef __cplusplus
}
#endif

#endif // __SOUP_H__
