// Declaration-only stand-in for ulfius 2.7 (Debian's libulfius-dev), for
// http-tidy's fuzz target and the tests that replay its inputs: the response,
// map and instance API that the C check tests use, with the names, signatures
// and constant values of the real <ulfius.h>, which brings <microhttpd.h>,
// <jansson.h> and <orcania.h> as this one does. _u_instance keeps only its
// first members. It is not the upstream header and implements nothing.

#ifndef __ULFIUS_H__
#define __ULFIUS_H__

#include <fuzz_libc.h>
#include <jansson.h>
#include <microhttpd.h>
#include <orcania.h>

#ifdef __cplusplus
extern "C" {
#endif

#define U_STREAM_END MHD_CONTENT_READER_END_OF_STREAM
#define U_STREAM_ERROR MHD_CONTENT_READER_END_WITH_ERROR
#define U_STREAM_SIZE_UNKNOWN MHD_SIZE_UNKNOWN

#define U_OK 0
#define U_ERROR 1
#define U_ERROR_MEMORY 2
#define U_ERROR_PARAMS 3

#define U_CALLBACK_CONTINUE 0
#define U_CALLBACK_IGNORE 1
#define U_CALLBACK_COMPLETE 2
#define U_CALLBACK_UNAUTHORIZED 3
#define U_CALLBACK_ERROR 4

struct sockaddr_in6;
struct _u_cookie;
struct _u_endpoint;

struct _u_map {
  int nb_values;
  char **keys;
  char **values;
  size_t *lengths;
};

struct _u_request {
  char *http_protocol;
  char *http_verb;
  char *http_url;
  char *url_path;
  char *proxy;
  unsigned short network_type;
  int check_server_certificate;
  int check_server_certificate_flag;
  int check_proxy_certificate;
  int check_proxy_certificate_flag;
  int follow_redirect;
  char *ca_path;
  unsigned long timeout;
  struct sockaddr *client_address;
  char *auth_basic_user;
  char *auth_basic_password;
  struct _u_map *map_url;
  struct _u_map *map_header;
  struct _u_map *map_cookie;
  struct _u_map *map_post_body;
  void *binary_body;
  size_t binary_body_length;
  unsigned int callback_position;
};

struct _u_response {
  long status;
  char *protocol;
  struct _u_map *map_header;
  unsigned int nb_cookies;
  struct _u_cookie *map_cookie;
  char *auth_realm;
  void *binary_body;
  size_t binary_body_length;
  ssize_t (*stream_callback)(void *stream_user_data, uint64_t offset,
                             char *out_buf, size_t max);
  void (*stream_callback_free)(void *stream_user_data);
  uint64_t stream_size;
  size_t stream_block_size;
  void *stream_user_data;
  void *websocket_handle;
  void *shared_data;
  void (*free_shared_data)(void *shared_data);
  unsigned int timeout;
};

struct _u_instance {
  struct MHD_Daemon *mhd_daemon;
  int status;
  unsigned int port;
  unsigned short network_type;
  struct sockaddr_in *bind_address;
  struct sockaddr_in6 *bind_address6;
  unsigned int timeout;
  int nb_endpoints;
  char *default_auth_realm;
  struct _u_endpoint *endpoint_list;
  struct _u_endpoint *default_endpoint;
  struct _u_map *default_headers;
  size_t max_post_param_size;
  size_t max_post_body_size;
};

int ulfius_init_instance(struct _u_instance *u_instance, unsigned int port,
                         struct sockaddr_in *bind_address,
                         const char *default_auth_realm);
void ulfius_clean_instance(struct _u_instance *u_instance);
int ulfius_start_framework(struct _u_instance *u_instance);
int ulfius_stop_framework(struct _u_instance *u_instance);
int ulfius_add_endpoint_by_val(
    struct _u_instance *u_instance, const char *http_method,
    const char *url_prefix, const char *url_format, unsigned int priority,
    int (*callback_function)(const struct _u_request *request,
                             struct _u_response *response, void *user_data),
    void *user_data);
int ulfius_set_default_endpoint(
    struct _u_instance *u_instance,
    int (*callback_function)(const struct _u_request *request,
                             struct _u_response *response, void *user_data),
    void *user_data);

int ulfius_set_string_body_response(struct _u_response *response,
                                    const unsigned int status,
                                    const char *body);
int ulfius_set_binary_body_response(struct _u_response *response,
                                    const unsigned int status,
                                    const char *body, const size_t length);
int ulfius_set_empty_body_response(struct _u_response *response,
                                   const unsigned int status);
int ulfius_set_json_body_response(struct _u_response *response,
                                  const unsigned int status,
                                  const json_t *j_body);
int ulfius_set_stream_response(
    struct _u_response *response, const unsigned int status,
    ssize_t (*stream_callback)(void *stream_user_data, uint64_t offset,
                               char *out_buf, size_t max),
    void (*stream_callback_free)(void *stream_user_data), uint64_t stream_size,
    size_t stream_block_size, void *stream_user_data);
int ulfius_add_header_to_response(struct _u_response *response,
                                  const char *key, const char *value);
int ulfius_add_cookie_to_response(struct _u_response *response,
                                  const char *key, const char *value,
                                  const char *expires,
                                  const unsigned int max_age,
                                  const char *domain, const char *path,
                                  const int secure, const int http_only);

int u_map_has_key(const struct _u_map *u_map, const char *key);
const char *u_map_get(const struct _u_map *u_map, const char *key);
int u_map_put(struct _u_map *u_map, const char *key, const char *value);
int u_map_remove_from_key(struct _u_map *u_map, const char *key);

#ifdef __cplusplus
}
#endif

#endif // __ULFIUS_H__
