/* A key-value cache on libevent's evhttp: GET, PUT and DELETE on
 * /cache?key=..., and a stats page. One branch holds a real finding, a body
 * added before a 304 is sent. */
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define ENTRIES 64

struct entry {
  char key[40];
  char value[200];
  unsigned version;
  int used;
};

static struct entry Cache[ENTRIES];
static unsigned long Hits, Misses;

static struct entry *lookup(const char *key) {
  for (int i = 0; i < ENTRIES; ++i)
    if (Cache[i].used && strcmp(Cache[i].key, key) == 0)
      return &Cache[i];
  return NULL;
}

static int keyOf(struct evhttp_request *req, char *key, size_t size) {
  const char *query = evhttp_uri_get_query(evhttp_request_get_evhttp_uri(req));
  struct evkeyvalq params;
  if (query == NULL || evhttp_parse_query_str(query, &params) != 0)
    return 0;
  const char *value = evhttp_find_header(&params, "key");
  const int ok = value != NULL && strlen(value) < size;
  if (ok)
    snprintf(key, size, "%s", value);
  evhttp_clear_headers(&params);
  return ok;
}

static void getEntry(struct evhttp_request *req, const char *key) {
  const struct entry *e = lookup(key);
  if (e == NULL) {
    ++Misses;
    evhttp_send_error(req, HTTP_NOTFOUND, "not cached");
    return;
  }
  ++Hits;
  char etag[24];
  snprintf(etag, sizeof etag, "\"v%u\"", e->version);
  struct evkeyvalq *out = evhttp_request_get_output_headers(req);
  evhttp_add_header(out, "ETag", etag);
  struct evbuffer *body = evhttp_request_get_output_buffer(req);
  evbuffer_add(body, e->value, strlen(e->value));
  const char *seen = evhttp_find_header(evhttp_request_get_input_headers(req),
                                        "If-None-Match");
  if (seen != NULL && strcmp(seen, etag) == 0) {
    /* Finding: the value was already added to the output buffer. */
    evhttp_send_reply(req, HTTP_NOTMODIFIED, "Not Modified", NULL);
    return;
  }
  evhttp_add_header(out, "Content-Type", "text/plain");
  evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}

static void putEntry(struct evhttp_request *req, const char *key) {
  struct evbuffer *in = evhttp_request_get_input_buffer(req);
  const size_t length = evbuffer_get_length(in);
  if (length >= sizeof Cache[0].value) {
    evhttp_send_error(req, HTTP_ENTITYTOOLARGE, NULL);
    return;
  }
  struct entry *e = lookup(key);
  const int fresh = e == NULL;
  for (int i = 0; e == NULL && i < ENTRIES; ++i)
    if (!Cache[i].used)
      e = &Cache[i];
  if (e == NULL) {
    evhttp_send_error(req, HTTP_SERVUNAVAIL, "cache full");
    return;
  }
  snprintf(e->key, sizeof e->key, "%s", key);
  evbuffer_remove(in, e->value, length);
  e->value[length] = '\0';
  ++e->version;
  e->used = 1;
  evhttp_send_reply(req, fresh ? 201 : HTTP_NOCONTENT,
                    fresh ? "Created" : "No Content", NULL);
}

static void deleteEntry(struct evhttp_request *req, const char *key) {
  struct entry *e = lookup(key);
  if (e == NULL) {
    evhttp_send_error(req, HTTP_NOTFOUND, NULL);
    return;
  }
  e->used = 0;
  evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
}

static void cacheHandler(struct evhttp_request *req, void *arg) {
  (void)arg;
  char key[40];
  if (!keyOf(req, key, sizeof key)) {
    evhttp_send_error(req, HTTP_BADREQUEST, "key required");
    return;
  }
  switch (evhttp_request_get_command(req)) {
  case EVHTTP_REQ_GET:
    getEntry(req, key);
    break;
  case EVHTTP_REQ_PUT:
    putEntry(req, key);
    break;
  case EVHTTP_REQ_DELETE:
    deleteEntry(req, key);
    break;
  default:
    evhttp_add_header(evhttp_request_get_output_headers(req), "Allow",
                      "GET, PUT, DELETE");
    evhttp_send_error(req, HTTP_BADMETHOD, NULL);
  }
}

static void statsHandler(struct evhttp_request *req, void *arg) {
  (void)arg;
  struct evbuffer *out = evbuffer_new();
  if (out == NULL) {
    evhttp_send_error(req, HTTP_INTERNAL, NULL);
    return;
  }
  evbuffer_add_printf(out, "hits %lu\nmisses %lu\n", Hits, Misses);
  evhttp_add_header(evhttp_request_get_output_headers(req), "Cache-Control",
                    "no-store");
  evhttp_send_reply(req, HTTP_OK, "OK", out);
  evbuffer_free(out);
}

int main(void) {
  struct event_base *base = event_base_new();
  struct evhttp *http = base != NULL ? evhttp_new(base) : NULL;
  if (http == NULL)
    return 1;
  evhttp_set_cb(http, "/cache", cacheHandler, NULL);
  evhttp_set_cb(http, "/stats", statsHandler, NULL);
  if (evhttp_bind_socket(http, "127.0.0.1", 8086) != 0)
    return 1;
  event_base_dispatch(base);
  evhttp_free(http);
  event_base_free(base);
  return 0;
}
