// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11
// A complete, correct civetweb 1.15 server: no finding may be reported.
#include <civetweb.h>

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

static int authorised(const struct mg_connection *conn) {
  const char *auth = mg_get_header(conn, "Authorization");
  return auth != NULL && strcmp(auth, "Bearer secret") == 0;
}

static struct item *findItem(const char *name) {
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used && strcmp(Items[i].name, name) == 0)
      return &Items[i];
  return NULL;
}

/* The item named by the query: /item?name=greeting. */
static int itemName(const struct mg_connection *conn, char *name,
                    size_t size) {
  const char *query = mg_get_request_info(conn)->query_string;
  return query != NULL &&
         mg_get_var(query, strlen(query), "name", name, size) > 0;
}

static int listItems(struct mg_connection *conn, void *cbdata) {
  int count = 0;
  for (int i = 0; i < ITEM_COUNT; ++i)
    count += Items[i].used;
  if (count == 0) {
    mg_response_header_start(conn, 204);
    mg_response_header_add(conn, "Cache-Control", "no-store", -1);
    mg_response_header_send(conn);
    return 204;
  }
  mg_send_http_ok(conn, "text/plain", -1);
  char line[128];
  for (int i = 0; i < ITEM_COUNT; ++i) {
    if (!Items[i].used)
      continue;
    const int n = snprintf(line, sizeof line, "%s=%s\n", Items[i].name,
                           Items[i].value);
    mg_send_chunk(conn, line, (unsigned int)n);
  }
  mg_send_chunk(conn, "", 0);
  return 200;
}

static int getItem(struct mg_connection *conn, void *cbdata) {
  char name[32];
  if (!itemName(conn, name, sizeof name)) {
    mg_send_http_error(conn, 400, "%s", "name the item");
    return 400;
  }
  const struct item *it = findItem(name);
  if (it == NULL) {
    mg_send_http_error(conn, 404, "no item %s", name);
    return 404;
  }
  char etag[24];
  char length[24];
  snprintf(etag, sizeof etag, "\"%zu\"", strlen(it->value));
  snprintf(length, sizeof length, "%zu", strlen(it->value));
  const char *match = mg_get_header(conn, "If-None-Match");
  const int unchanged = match != NULL && strcmp(match, etag) == 0;
  mg_response_header_start(conn, unchanged ? 304 : 200);
  mg_response_header_add(conn, "ETag", etag, -1);
  /* A 304 may carry the length of the representation. */
  mg_response_header_add(conn, "Content-Length", length, -1);
  if (!unchanged)
    mg_response_header_add(conn, "Content-Type", "text/plain", -1);
  mg_response_header_send(conn);
  if (!unchanged)
    mg_write(conn, it->value, strlen(it->value));
  return unchanged ? 304 : 200;
}

static int deleteItem(struct mg_connection *conn, void *cbdata) {
  if (strcmp(mg_get_request_info(conn)->request_method, "DELETE") != 0) {
    mg_response_header_start(conn, 405);
    mg_response_header_add(conn, "Allow", "DELETE", -1);
    mg_response_header_add(conn, "Content-Length", "0", -1);
    mg_response_header_send(conn);
    return 405;
  }
  if (!authorised(conn)) {
    mg_response_header_start(conn, 401);
    mg_response_header_add(conn, "WWW-Authenticate", "Bearer realm=\"items\"",
                           -1);
    mg_response_header_add(conn, "Content-Type", "text/plain", -1);
    mg_response_header_send(conn);
    mg_printf(conn, "login first");
    return 401;
  }
  char name[32];
  struct item *it = itemName(conn, name, sizeof name) ? findItem(name) : NULL;
  if (it == NULL) {
    mg_send_http_error(conn, 404, "%s", "no such item");
    return 404;
  }
  it->used = 0;
  mg_response_header_start(conn, 204);
  mg_response_header_add(conn, "Cache-Control", "no-store", -1);
  mg_response_header_send(conn);
  return 204;
}

static int oldItems(struct mg_connection *conn, void *cbdata) {
  mg_send_http_redirect(conn, "/items", 301);
  return 301;
}

int main(void) {
  const char *options[] = {"listening_ports", "127.0.0.1:8080",
                           "num_threads", "4", NULL};
  struct mg_callbacks callbacks;
  memset(&callbacks, 0, sizeof callbacks);
  mg_init_library(0);
  snprintf(Items[0].name, sizeof Items[0].name, "%s", "greeting");
  snprintf(Items[0].value, sizeof Items[0].value, "%s", "hello");
  Items[0].used = 1;
  struct mg_context *ctx = mg_start(&callbacks, NULL, options);
  if (ctx == NULL)
    return 1;
  mg_set_request_handler(ctx, "/items$", listItems, NULL);
  mg_set_request_handler(ctx, "/item$", getItem, NULL);
  mg_set_request_handler(ctx, "/item/delete$", deleteItem, NULL);
  mg_set_request_handler(ctx, "/old-items$", oldItems, NULL);
  getchar();
  mg_stop(ctx);
  mg_exit_library();
  return 0;
}
