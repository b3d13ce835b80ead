/* A tiny paste bin on libmicrohttpd: POST stores a text, GET returns it,
 * DELETE drops it. One branch holds a real finding, a status written as a
 * number where libmicrohttpd names it. */
#include <microhttpd.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 32
#define MAX_TEXT 1024

struct Paste {
  int used;
  char text[MAX_TEXT];
  size_t length;
};

struct Upload {
  char data[MAX_TEXT];
  size_t length;
  int tooLarge;
};

static struct Paste Pastes[SLOTS];

static enum MHD_Result reply(struct MHD_Connection *c, unsigned int status,
                             const char *text) {
  struct MHD_Response *r = MHD_create_response_from_buffer(
      strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY);
  if (r == NULL)
    return MHD_NO;
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain");
  enum MHD_Result ret = MHD_queue_response(c, status, r);
  MHD_destroy_response(r);
  return ret;
}

static int slotOf(const char *url) {
  if (strncmp(url, "/p/", 3) != 0)
    return -1;
  char *end = NULL;
  const long slot = strtol(url + 3, &end, 10);
  return (end != url + 3 && *end == '\0' && slot >= 0 && slot < SLOTS)
             ? (int)slot
             : -1;
}

static enum MHD_Result store(struct MHD_Connection *c, struct Upload *up) {
  if (up->tooLarge)
    return reply(c, MHD_HTTP_CONTENT_TOO_LARGE, "too large");
  for (int i = 0; i < SLOTS; ++i) {
    if (Pastes[i].used)
      continue;
    memcpy(Pastes[i].text, up->data, up->length);
    Pastes[i].length = up->length;
    Pastes[i].used = 1;
    char where[32];
    snprintf(where, sizeof where, "/p/%d", i);
    struct MHD_Response *r =
        MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, MHD_HTTP_HEADER_LOCATION, where);
    enum MHD_Result ret = MHD_queue_response(c, 201, r); /* Finding. */
    MHD_destroy_response(r);
    return ret;
  }
  return reply(c, MHD_HTTP_INSUFFICIENT_STORAGE, "full");
}

static enum MHD_Result fetch(struct MHD_Connection *c, int slot) {
  if (slot < 0 || !Pastes[slot].used)
    return reply(c, MHD_HTTP_NOT_FOUND, "no such paste");
  struct MHD_Response *r = MHD_create_response_from_buffer(
      Pastes[slot].length, Pastes[slot].text, MHD_RESPMEM_MUST_COPY);
  if (r == NULL)
    return MHD_NO;
  MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "max-age=3600");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result drop(struct MHD_Connection *c, int slot) {
  if (slot < 0 || !Pastes[slot].used)
    return reply(c, MHD_HTTP_NOT_FOUND, "no such paste");
  Pastes[slot].used = 0;
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c,
                              const char *url, const char *method,
                              const char *version, const char *data,
                              size_t *size, void **state) {
  (void)cls;
  (void)version;
  if (*state == NULL) {
    struct Upload *up = calloc(1, sizeof *up);
    if (up == NULL)
      return MHD_NO;
    *state = up;
    return MHD_YES;
  }
  struct Upload *up = *state;
  if (*size != 0) {
    if (up->length + *size > MAX_TEXT)
      up->tooLarge = 1;
    else
      memcpy(up->data + up->length, data, *size);
    up->length += *size;
    *size = 0;
    return MHD_YES;
  }
  if (strcmp(method, MHD_HTTP_METHOD_POST) == 0 && strcmp(url, "/p") == 0)
    return store(c, up);
  if (strcmp(method, MHD_HTTP_METHOD_GET) == 0)
    return fetch(c, slotOf(url));
  if (strcmp(method, MHD_HTTP_METHOD_DELETE) == 0)
    return drop(c, slotOf(url));
  return reply(c, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
}

static void done(void *cls, struct MHD_Connection *c, void **state,
                 enum MHD_RequestTerminationCode code) {
  (void)cls;
  (void)c;
  (void)code;
  free(*state);
  *state = NULL;
}

int main(void) {
  struct MHD_Daemon *d = MHD_start_daemon(
      MHD_USE_AUTO_INTERNAL_THREAD, 8085, NULL, NULL, &handle, NULL,
      MHD_OPTION_NOTIFY_COMPLETED, &done, NULL, MHD_OPTION_END);
  if (d == NULL)
    return EXIT_FAILURE;
  (void)getchar();
  MHD_stop_daemon(d);
  return EXIT_SUCCESS;
}
