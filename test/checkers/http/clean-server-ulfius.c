// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11
// A complete, correct ulfius 2.7.13 server: no finding may be reported.
#include <ulfius.h>

#include <stdio.h>
#include <string.h>

#define PORT 8080
#define ITEM_COUNT 8

struct item {
  char name[32];
  char value[64];
  int used;
};

static struct item Items[ITEM_COUNT];

static struct item *findItem(const char *name) {
  if (name == NULL)
    return NULL;
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used && strcmp(Items[i].name, name) == 0)
      return &Items[i];
  return NULL;
}

static int authorised(const struct _u_request *request) {
  const char *auth = u_map_get(request->map_header, "Authorization");
  return auth != NULL && strcmp(auth, "Bearer secret") == 0;
}

static int listItems(const struct _u_request *request,
                     struct _u_response *response, void *user_data) {
  (void)request;
  (void)user_data;
  json_t *list = json_array();
  if (list == NULL)
    return U_CALLBACK_ERROR;
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used)
      json_array_append_new(list, json_string(Items[i].name));
  if (json_array_size(list) == 0)
    ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  else
    ulfius_set_json_body_response(response, MHD_HTTP_OK, list);
  json_decref(list);
  return U_CALLBACK_COMPLETE;
}

static int getItem(const struct _u_request *request,
                   struct _u_response *response, void *user_data) {
  (void)user_data;
  const struct item *it = findItem(u_map_get(request->map_url, "name"));
  if (it == NULL) {
    ulfius_set_string_body_response(response, MHD_HTTP_NOT_FOUND,
                                    "no such item");
    return U_CALLBACK_COMPLETE;
  }
  char etag[24];
  snprintf(etag, sizeof etag, "\"%zu\"", strlen(it->value));
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_ETAG, etag);
  const char *match = u_map_get(request->map_header, "If-None-Match");
  if (match != NULL && strcmp(match, etag) == 0) {
    ulfius_set_empty_body_response(response, MHD_HTTP_NOT_MODIFIED);
    return U_CALLBACK_COMPLETE;
  }
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_CONTENT_TYPE,
                                "text/plain");
  ulfius_set_string_body_response(response, MHD_HTTP_OK, it->value);
  return U_CALLBACK_COMPLETE;
}

static int putItem(const struct _u_request *request,
                   struct _u_response *response, void *user_data) {
  (void)user_data;
  if (!authorised(request))
    return U_CALLBACK_UNAUTHORIZED;
  const char *name = u_map_get(request->map_url, "name");
  if (name == NULL || strlen(name) >= sizeof Items[0].name ||
      request->binary_body_length >= sizeof Items[0].value) {
    ulfius_set_string_body_response(response, MHD_HTTP_BAD_REQUEST,
                                    "name or value too long");
    return U_CALLBACK_COMPLETE;
  }
  struct item *it = findItem(name);
  const int existed = it != NULL;
  for (int i = 0; it == NULL && i < ITEM_COUNT; ++i)
    if (!Items[i].used)
      it = &Items[i];
  if (it == NULL) {
    ulfius_set_string_body_response(response, MHD_HTTP_INSUFFICIENT_STORAGE,
                                    "full");
    return U_CALLBACK_COMPLETE;
  }
  snprintf(it->name, sizeof it->name, "%s", name);
  memcpy(it->value, request->binary_body, request->binary_body_length);
  it->value[request->binary_body_length] = '\0';
  it->used = 1;
  if (existed) {
    ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  } else {
    ulfius_add_header_to_response(response, MHD_HTTP_HEADER_LOCATION,
                                  request->url_path);
    ulfius_set_string_body_response(response, MHD_HTTP_CREATED, it->value);
  }
  return U_CALLBACK_COMPLETE;
}

static int deleteItem(const struct _u_request *request,
                      struct _u_response *response, void *user_data) {
  (void)user_data;
  if (!authorised(request))
    return U_CALLBACK_UNAUTHORIZED;
  struct item *it = findItem(u_map_get(request->map_url, "name"));
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_CACHE_CONTROL,
                                "no-store");
  if (it == NULL) {
    ulfius_set_string_body_response(response, MHD_HTTP_NOT_FOUND,
                                    "no such item");
    return U_CALLBACK_COMPLETE;
  }
  it->used = 0;
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

static ssize_t streamNames(void *data, uint64_t offset, char *out,
                           size_t max) {
  (void)data;
  size_t at = 0;
  for (int i = 0; i < ITEM_COUNT; ++i) {
    if (!Items[i].used)
      continue;
    const size_t len = strlen(Items[i].name);
    if (at + len + 1 > offset) {
      if (len + 1 > max)
        return U_STREAM_ERROR;
      memcpy(out, Items[i].name, len);
      out[len] = '\n';
      return (ssize_t)(len + 1);
    }
    at += len + 1;
  }
  return U_STREAM_END;
}

static int streamItems(const struct _u_request *request,
                       struct _u_response *response, void *user_data) {
  (void)request;
  (void)user_data;
  ulfius_set_stream_response(response, MHD_HTTP_OK, streamNames, NULL,
                             U_STREAM_SIZE_UNKNOWN, 256, NULL);
  return U_CALLBACK_COMPLETE;
}

static int notFound(const struct _u_request *request,
                    struct _u_response *response, void *user_data) {
  (void)request;
  (void)user_data;
  ulfius_set_string_body_response(response, MHD_HTTP_NOT_FOUND, "not found");
  return U_CALLBACK_COMPLETE;
}

int main(void) {
  struct _u_instance instance;
  if (ulfius_init_instance(&instance, PORT, NULL, "items") != U_OK)
    return 1;
  snprintf(Items[0].name, sizeof Items[0].name, "%s", "greeting");
  snprintf(Items[0].value, sizeof Items[0].value, "%s", "hello");
  Items[0].used = 1;
  ulfius_add_endpoint_by_val(&instance, "GET", "/items", NULL, 0, listItems,
                             NULL);
  ulfius_add_endpoint_by_val(&instance, "GET", "/items", "/:name", 0, getItem,
                             NULL);
  ulfius_add_endpoint_by_val(&instance, "PUT", "/items", "/:name", 0, putItem,
                             NULL);
  ulfius_add_endpoint_by_val(&instance, "DELETE", "/items", "/:name", 0,
                             deleteItem, NULL);
  ulfius_add_endpoint_by_val(&instance, "GET", "/stream", NULL, 0, streamItems,
                             NULL);
  ulfius_set_default_endpoint(&instance, notFound, NULL);
  if (ulfius_start_framework(&instance) != U_OK) {
    ulfius_clean_instance(&instance);
    return 1;
  }
  getchar();
  ulfius_stop_framework(&instance);
  ulfius_clean_instance(&instance);
  return 0;
}
