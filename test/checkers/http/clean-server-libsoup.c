// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11 -I/usr/include/libsoup-3.0 -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
// A complete, correct libsoup 3.2.3 server: no finding may be reported.
#include <libsoup/soup.h>

#include <stdio.h>
#include <string.h>

#define ITEM_COUNT 8

struct item {
  char name[32];
  char value[64];
  int used;
};

static struct item Items[ITEM_COUNT];

static int authorised(SoupServerMessage *msg) {
  const char *auth = soup_message_headers_get_one(
      soup_server_message_get_request_headers(msg), "Authorization");
  return auth != NULL && strcmp(auth, "Bearer secret") == 0;
}

static struct item *findItem(const char *name) {
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used && strcmp(Items[i].name, name) == 0)
      return &Items[i];
  return NULL;
}

/* The item named by the query: /item?name=greeting. */
static const char *itemName(GHashTable *query) {
  if (query == NULL)
    return NULL;
  const char *name = g_hash_table_lookup(query, "name");
  return name != NULL && strlen(name) < sizeof Items[0].name ? name : NULL;
}

static void listItems(SoupServer *server, SoupServerMessage *msg,
                      const char *path, GHashTable *query, gpointer data) {
  int count = 0;
  for (int i = 0; i < ITEM_COUNT; ++i)
    count += Items[i].used;
  if (count == 0) {
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
    return;
  }
  SoupMessageBody *body = soup_server_message_get_response_body(msg);
  for (int i = 0; i < ITEM_COUNT; ++i) {
    if (!Items[i].used)
      continue;
    char line[100];
    const int n =
        snprintf(line, sizeof line, "%s=%s\n", Items[i].name, Items[i].value);
    soup_message_body_append(body, SOUP_MEMORY_COPY, line, (gsize)n);
  }
  soup_message_headers_set_content_type(
      soup_server_message_get_response_headers(msg), "text/plain", NULL);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

static void getItem(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  const char *name = itemName(query);
  if (name == NULL) {
    soup_server_message_set_status(msg, SOUP_STATUS_BAD_REQUEST, NULL);
    soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                     "name the item", 13);
    return;
  }
  const struct item *it = findItem(name);
  if (it == NULL) {
    soup_server_message_set_status(msg, SOUP_STATUS_NOT_FOUND, NULL);
    return;
  }
  char etag[24];
  snprintf(etag, sizeof etag, "\"%zu\"", strlen(it->value));
  SoupMessageHeaders *headers = soup_server_message_get_response_headers(msg);
  soup_message_headers_replace(headers, "ETag", etag);
  const char *match = soup_message_headers_get_one(
      soup_server_message_get_request_headers(msg), "If-None-Match");
  if (match != NULL && strcmp(match, etag) == 0) {
    soup_server_message_set_status(msg, SOUP_STATUS_NOT_MODIFIED, NULL);
    return;
  }
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_COPY,
                                   it->value, strlen(it->value));
}

static void deleteItem(SoupServer *server, SoupServerMessage *msg,
                       const char *path, GHashTable *query, gpointer data) {
  if (soup_server_message_get_method(msg) != SOUP_METHOD_DELETE) {
    soup_message_headers_append(soup_server_message_get_response_headers(msg),
                                "Allow", "DELETE");
    soup_server_message_set_status(msg, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
    return;
  }
  if (!authorised(msg)) {
    soup_server_message_set_status(msg, SOUP_STATUS_UNAUTHORIZED, NULL);
    soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                                 "WWW-Authenticate", "Bearer realm=\"items\"");
    soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                     "login first", 11);
    return;
  }
  const char *name = itemName(query);
  struct item *it = name != NULL ? findItem(name) : NULL;
  const int existed = it != NULL;
  if (existed)
    it->used = 0;
  if (!existed)
    soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                     "no such item", 12);
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              "Cache-Control", "no-store");
  if (existed)
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  else
    soup_server_message_set_status(msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static void moved(SoupServer *server, SoupServerMessage *msg,
                  const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_redirect(msg, SOUP_STATUS_MOVED_PERMANENTLY,
                                   "/items");
}

static void streamItems(SoupServer *server, SoupServerMessage *msg,
                        const char *path, GHashTable *query, gpointer data) {
  soup_message_headers_set_encoding(
      soup_server_message_get_response_headers(msg), SOUP_ENCODING_CHUNKED);
  SoupMessageBody *body = soup_server_message_get_response_body(msg);
  for (int i = 0; i < ITEM_COUNT; ++i) {
    if (!Items[i].used)
      continue;
    soup_message_body_append(body, SOUP_MEMORY_COPY, Items[i].name,
                             strlen(Items[i].name));
  }
  soup_message_body_complete(body);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

static void notFound(SoupServer *server, SoupServerMessage *msg,
                     const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NOT_FOUND, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "not found", 9);
}

int main(void) {
  snprintf(Items[0].name, sizeof Items[0].name, "%s", "greeting");
  snprintf(Items[0].value, sizeof Items[0].value, "%s", "hello");
  Items[0].used = 1;
  SoupServer *server = soup_server_new("server-header", "items/1.0", NULL);
  if (server == NULL)
    return 1;
  soup_server_add_handler(server, NULL, notFound, NULL, NULL);
  soup_server_add_handler(server, "/items", listItems, NULL, NULL);
  soup_server_add_handler(server, "/item", getItem, NULL, NULL);
  soup_server_add_handler(server, "/item/delete", deleteItem, NULL, NULL);
  soup_server_add_handler(server, "/old", moved, NULL, NULL);
  soup_server_add_handler(server, "/stream", streamItems, NULL, NULL);
  GError *error = NULL;
  if (!soup_server_listen_local(server, 8080, 0, &error)) {
    fprintf(stderr, "%s\n", error->message);
    g_error_free(error);
    g_object_unref(server);
    return 1;
  }
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  g_main_loop_unref(loop);
  g_object_unref(server);
  return 0;
}
