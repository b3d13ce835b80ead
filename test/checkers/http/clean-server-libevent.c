// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11
// A complete, correct libevent 2.1.12 evhttp server: no finding may be
// reported.
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define ITEM_COUNT 8

struct item {
  char name[32];
  char value[64];
  int used;
};

static struct item Items[ITEM_COUNT];

static int authorised(struct evhttp_request *req) {
  const char *auth =
      evhttp_find_header(evhttp_request_get_input_headers(req), "Authorization");
  return auth != NULL && strcmp(auth, "Bearer secret") == 0;
}

static struct item *findItem(const char *name) {
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used && strcmp(Items[i].name, name) == 0)
      return &Items[i];
  return NULL;
}

/* The item named by the query: /item?name=greeting. */
static int itemName(struct evhttp_request *req, char *name, size_t size) {
  const char *query = evhttp_uri_get_query(evhttp_request_get_evhttp_uri(req));
  struct evkeyvalq params;
  if (query == NULL || evhttp_parse_query_str(query, &params) != 0)
    return 0;
  const char *value = evhttp_find_header(&params, "name");
  const int found = value != NULL && strlen(value) < size;
  if (found)
    snprintf(name, size, "%s", value);
  evhttp_clear_headers(&params);
  return found;
}

static void listItems(struct evhttp_request *req, void *arg) {
  int count = 0;
  for (int i = 0; i < ITEM_COUNT; ++i)
    count += Items[i].used;
  if (count == 0) {
    evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
    return;
  }
  struct evbuffer *out = evhttp_request_get_output_buffer(req);
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used)
      evbuffer_add_printf(out, "%s=%s\n", Items[i].name, Items[i].value);
  evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Type",
                    "text/plain");
  evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}

static void getItem(struct evhttp_request *req, void *arg) {
  char name[32];
  if (!itemName(req, name, sizeof name)) {
    evhttp_send_error(req, HTTP_BADREQUEST, "name the item");
    return;
  }
  const struct item *it = findItem(name);
  if (it == NULL) {
    evhttp_send_error(req, HTTP_NOTFOUND, "no such item");
    return;
  }
  char etag[24];
  snprintf(etag, sizeof etag, "\"%zu\"", strlen(it->value));
  struct evkeyvalq *headers = evhttp_request_get_output_headers(req);
  evhttp_add_header(headers, "ETag", etag);
  const char *match =
      evhttp_find_header(evhttp_request_get_input_headers(req), "If-None-Match");
  if (match != NULL && strcmp(match, etag) == 0) {
    evhttp_send_reply(req, HTTP_NOTMODIFIED, "Not Modified", NULL);
    return;
  }
  struct evbuffer *body = evbuffer_new();
  if (body == NULL) {
    evhttp_send_error(req, HTTP_INTERNAL, NULL);
    return;
  }
  evbuffer_add(body, it->value, strlen(it->value));
  evhttp_add_header(headers, "Content-Type", "text/plain");
  evhttp_send_reply(req, HTTP_OK, "OK", body);
  evbuffer_free(body);
}

static void deleteItem(struct evhttp_request *req, void *arg) {
  if (evhttp_request_get_command(req) != EVHTTP_REQ_DELETE) {
    /* evhttp_send_error would drop the Allow header. */
    evhttp_add_header(evhttp_request_get_output_headers(req), "Allow",
                      "DELETE");
    evhttp_send_reply(req, HTTP_BADMETHOD, "Method Not Allowed", NULL);
    return;
  }
  if (!authorised(req)) {
    evhttp_add_header(evhttp_request_get_output_headers(req),
                      "WWW-Authenticate", "Bearer realm=\"items\"");
    evbuffer_add_printf(evhttp_request_get_output_buffer(req), "login first");
    evhttp_send_reply(req, 401, "Unauthorized", NULL);
    return;
  }
  char name[32];
  struct item *it = itemName(req, name, sizeof name) ? findItem(name) : NULL;
  const int existed = it != NULL;
  if (existed)
    it->used = 0;
  if (!existed)
    evbuffer_add_printf(evhttp_request_get_output_buffer(req), "no such item");
  evhttp_add_header(evhttp_request_get_output_headers(req), "Cache-Control",
                    "no-store");
  if (existed)
    evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
  else
    evhttp_send_reply(req, HTTP_NOTFOUND, "Not Found", NULL);
}

static void streamItems(struct evhttp_request *req, void *arg) {
  struct evbuffer *chunk = evbuffer_new();
  if (chunk == NULL) {
    evhttp_send_error(req, HTTP_SERVUNAVAIL, NULL);
    return;
  }
  evhttp_send_reply_start(req, HTTP_OK, "OK");
  for (int i = 0; i < ITEM_COUNT; ++i) {
    if (!Items[i].used)
      continue;
    evbuffer_add_printf(chunk, "%s\n", Items[i].name);
    evhttp_send_reply_chunk(req, chunk);
  }
  evhttp_send_reply_end(req);
  evbuffer_free(chunk);
}

static void notFound(struct evhttp_request *req, void *arg) {
  evhttp_send_error(req, HTTP_NOTFOUND, NULL);
}

int main(void) {
  struct event_base *base = event_base_new();
  if (base == NULL)
    return 1;
  struct evhttp *http = evhttp_new(base);
  if (http == NULL)
    return 1;
  snprintf(Items[0].name, sizeof Items[0].name, "%s", "greeting");
  snprintf(Items[0].value, sizeof Items[0].value, "%s", "hello");
  Items[0].used = 1;
  evhttp_set_allowed_methods(http, EVHTTP_REQ_GET | EVHTTP_REQ_DELETE);
  evhttp_set_cb(http, "/items", listItems, NULL);
  evhttp_set_cb(http, "/item", getItem, NULL);
  evhttp_set_cb(http, "/item/delete", deleteItem, NULL);
  evhttp_set_cb(http, "/stream", streamItems, NULL);
  evhttp_set_gencb(http, notFound, NULL);
  evhttp_set_timeout(http, 30);
  if (evhttp_bind_socket(http, "127.0.0.1", 8080) != 0)
    return 1;
  event_base_dispatch(base);
  evhttp_free(http);
  event_base_free(base);
  return 0;
}
