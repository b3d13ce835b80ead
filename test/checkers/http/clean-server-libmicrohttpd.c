// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11
// A complete, correct libmicrohttpd 0.9.75 server: no finding may be reported.
#include <microhttpd.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PORT 8080
#define MAX_ITEMS 16

struct Item {
  int used;
  char key[32];
  char value[64];
};

static struct Item Items[MAX_ITEMS];
static const char NoSuchItem[] = "no such item";
static int RequestMarker;

static struct Item *findItem(const char *key) {
  for (size_t i = 0; i < MAX_ITEMS; ++i)
    if (Items[i].used && strcmp(Items[i].key, key) == 0)
      return &Items[i];
  return NULL;
}

static int authorised(struct MHD_Connection *c) {
  const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 MHD_HTTP_HEADER_AUTHORIZATION);
  return auth && strcmp(auth, "Bearer secret") == 0;
}

static enum MHD_Result sendText(struct MHD_Connection *c, unsigned int status,
                                const char *text) {
  struct MHD_Response *r = MHD_create_response_from_buffer(
      strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY);
  if (!r)
    return MHD_NO;
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain");
  enum MHD_Result ret = MHD_queue_response(c, status, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result denied(struct MHD_Connection *c) {
  static const char text[] = "login first";
  struct MHD_Response *r = MHD_create_response_from_buffer(
      sizeof text - 1, (void *)text, MHD_RESPMEM_PERSISTENT);
  if (!r)
    return MHD_NO;
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain");
  MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
                          "Bearer realm=\"items\"");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_UNAUTHORIZED, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result listItems(struct MHD_Connection *c) {
  char text[MAX_ITEMS * 100];
  size_t used = 0;
  text[0] = '\0';
  for (size_t i = 0; i < MAX_ITEMS; ++i)
    if (Items[i].used)
      used += (size_t)snprintf(text + used, sizeof text - used, "%s=%s\n",
                               Items[i].key, Items[i].value);
  if (used == 0) {
    struct MHD_Response *empty =
        MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
    enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, empty);
    MHD_destroy_response(empty);
    return ret;
  }
  return sendText(c, MHD_HTTP_OK, text);
}

static enum MHD_Result getItem(struct MHD_Connection *c, const char *key) {
  const struct Item *item = findItem(key);
  if (!item)
    return sendText(c, MHD_HTTP_NOT_FOUND, NoSuchItem);
  char etag[32];
  snprintf(etag, sizeof etag, "\"%zu\"", strlen(item->value));
  const char *seen = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 MHD_HTTP_HEADER_IF_NONE_MATCH);
  struct MHD_Response *r;
  enum MHD_Result ret;
  if (seen && strcmp(seen, etag) == 0) {
    r = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
    ret = MHD_queue_response(c, MHD_HTTP_NOT_MODIFIED, r);
    MHD_destroy_response(r);
    return ret;
  }
  r = MHD_create_response_from_buffer(strlen(item->value), (void *)item->value,
                                      MHD_RESPMEM_MUST_COPY);
  MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
  ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result deleteItem(struct MHD_Connection *c, const char *key) {
  if (!authorised(c))
    return denied(c);
  struct Item *item = findItem(key);
  const int existed = item != NULL;
  if (item)
    item->used = 0;
  struct MHD_Response *r;
  if (existed)
    r = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  else
    r = MHD_create_response_from_buffer(strlen(NoSuchItem), (void *)NoSuchItem,
                                        MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
  enum MHD_Result ret = MHD_queue_response(
      c, existed ? MHD_HTTP_NO_CONTENT : MHD_HTTP_NOT_FOUND, r);
  MHD_destroy_response(r);
  return ret;
}

struct Stream {
  size_t next;
};

static ssize_t readItems(void *cls, uint64_t pos, char *buf, size_t max) {
  struct Stream *stream = cls;
  (void)pos;
  while (stream->next < MAX_ITEMS && !Items[stream->next].used)
    ++stream->next;
  if (stream->next == MAX_ITEMS)
    return MHD_CONTENT_READER_END_OF_STREAM;
  const struct Item *item = &Items[stream->next];
  const size_t len = strlen(item->key);
  if (len >= max)
    return MHD_CONTENT_READER_END_WITH_ERROR;
  memcpy(buf, item->key, len);
  buf[len] = '\n';
  ++stream->next;
  return (ssize_t)(len + 1);
}

static enum MHD_Result streamItems(struct MHD_Connection *c) {
  struct Stream *stream = calloc(1, sizeof *stream);
  if (!stream)
    return MHD_NO;
  struct MHD_Response *r = MHD_create_response_from_callback(
      MHD_SIZE_UNKNOWN, 256, readItems, stream, free);
  if (!r) {
    free(stream);
    return MHD_NO;
  }
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result notAllowed(struct MHD_Connection *c) {
  static const char text[] = "method not allowed";
  struct MHD_Response *r = MHD_create_response_from_buffer(
      sizeof text - 1, (void *)text, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, DELETE");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c,
                              const char *url, const char *method,
                              const char *version, const char *upload_data,
                              size_t *upload_data_size, void **con_cls) {
  (void)cls;
  (void)version;
  (void)upload_data;
  if (*con_cls == NULL) {
    // The headers have arrived: answer on the next call.
    *con_cls = &RequestMarker;
    return MHD_YES;
  }
  if (*upload_data_size != 0)
    return MHD_NO;
  static const char prefix[] = "/items/";
  const int isItem = strncmp(url, prefix, sizeof prefix - 1) == 0;
  const char *key = url + sizeof prefix - 1;
  if (strcmp(method, MHD_HTTP_METHOD_GET) == 0) {
    if (strcmp(url, "/items") == 0)
      return listItems(c);
    if (strcmp(url, "/stream") == 0)
      return streamItems(c);
    if (isItem)
      return getItem(c, key);
    return sendText(c, MHD_HTTP_NOT_FOUND, "not found");
  }
  if (strcmp(method, MHD_HTTP_METHOD_DELETE) == 0 && isItem)
    return deleteItem(c, key);
  return notAllowed(c);
}

int main(void) {
  strcpy(Items[0].key, "a");
  strcpy(Items[0].value, "1");
  Items[0].used = 1;
  struct MHD_Daemon *daemon = MHD_start_daemon(
      MHD_USE_AUTO_INTERNAL_THREAD, PORT, NULL, NULL, &handle, NULL,
      MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)30, MHD_OPTION_END);
  if (!daemon)
    return EXIT_FAILURE;
  (void)getchar();
  MHD_stop_daemon(daemon);
  return EXIT_SUCCESS;
}
