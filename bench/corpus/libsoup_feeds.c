/* A feed aggregator's admin API on libsoup 3: subscriptions listed, added,
 * polled and removed. One handler holds a real finding, a body set on a
 * 204. */
#include <libsoup/soup.h>

#include <stdio.h>
#include <string.h>

#define FEEDS 16

struct feed {
  char url[128];
  unsigned items;
  int used;
};

static struct feed Feeds[FEEDS];

static struct feed *feedFor(GHashTable *query) {
  const char *url = query != NULL ? g_hash_table_lookup(query, "url") : NULL;
  if (url == NULL)
    return NULL;
  for (int i = 0; i < FEEDS; ++i)
    if (Feeds[i].used && strcmp(Feeds[i].url, url) == 0)
      return &Feeds[i];
  return NULL;
}

static void listFeeds(SoupServerMessage *msg) {
  GString *text = g_string_new(NULL);
  for (int i = 0; i < FEEDS; ++i)
    if (Feeds[i].used)
      g_string_append_printf(text, "%s %u\n", Feeds[i].url, Feeds[i].items);
  if (text->len == 0) {
    g_string_free(text, TRUE);
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
    return;
  }
  const gsize len = text->len;
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_TAKE,
                                   g_string_free(text, FALSE), len);
}

static void addFeed(SoupServerMessage *msg, GHashTable *query) {
  const char *url = query != NULL ? g_hash_table_lookup(query, "url") : NULL;
  if (url == NULL || strlen(url) >= sizeof Feeds[0].url) {
    soup_server_message_set_status(msg, SOUP_STATUS_BAD_REQUEST, NULL);
    return;
  }
  if (feedFor(query) != NULL) {
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
    soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                     "already there", 13); /* Finding. */
    return;
  }
  for (int i = 0; i < FEEDS; ++i) {
    if (Feeds[i].used)
      continue;
    snprintf(Feeds[i].url, sizeof Feeds[i].url, "%s", url);
    Feeds[i].items = 0;
    Feeds[i].used = 1;
    soup_server_message_set_status(msg, SOUP_STATUS_CREATED, NULL);
    return;
  }
  soup_server_message_set_status(msg, SOUP_STATUS_INSUFFICIENT_STORAGE, NULL);
}

static void removeFeed(SoupServerMessage *msg, GHashTable *query) {
  struct feed *f = feedFor(query);
  if (f == NULL) {
    soup_server_message_set_status(msg, SOUP_STATUS_NOT_FOUND, NULL);
    return;
  }
  f->used = 0;
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              "Cache-Control", "no-store");
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

static void feedsHandler(SoupServer *server, SoupServerMessage *msg,
                         const char *path, GHashTable *query, gpointer data) {
  (void)server;
  (void)path;
  (void)data;
  const char *method = soup_server_message_get_method(msg);
  if (method == SOUP_METHOD_GET)
    listFeeds(msg);
  else if (method == SOUP_METHOD_POST)
    addFeed(msg, query);
  else if (method == SOUP_METHOD_DELETE)
    removeFeed(msg, query);
  else
    soup_server_message_set_status(msg, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
}

int main(void) {
  SoupServer *server = soup_server_new("server-header", "feeds/1.0", NULL);
  if (server == NULL)
    return 1;
  soup_server_add_handler(server, "/feeds", feedsHandler, NULL, NULL);
  GError *error = NULL;
  if (!soup_server_listen_local(server, 8089, 0, &error)) {
    fprintf(stderr, "%s\n", error->message);
    g_error_free(error);
    return 1;
  }
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  g_main_loop_unref(loop);
  g_object_unref(server);
  return 0;
}
