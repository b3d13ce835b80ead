/* A device registry on civetweb: devices report in with POST, and the
 * registry lists, shows and forgets them. One handler holds a real finding,
 * a Content-Length on a 204. */
#include <civetweb.h>

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define DEVICES 16

struct device {
  char id[24];
  char firmware[16];
  time_t lastSeen;
  int used;
};

static struct device Devices[DEVICES];

static struct device *findDevice(const char *id) {
  for (int i = 0; i < DEVICES; ++i)
    if (Devices[i].used && strcmp(Devices[i].id, id) == 0)
      return &Devices[i];
  return NULL;
}

static int deviceId(const struct mg_connection *conn, char *id, size_t size) {
  const char *query = mg_get_request_info(conn)->query_string;
  return query != NULL && mg_get_var(query, strlen(query), "id", id, size) > 0;
}

static int listDevices(struct mg_connection *conn, void *cbdata) {
  (void)cbdata;
  char line[96];
  int count = 0;
  for (int i = 0; i < DEVICES; ++i)
    count += Devices[i].used;
  if (count == 0) {
    mg_response_header_start(conn, 204);
    mg_response_header_send(conn);
    return 204;
  }
  mg_send_http_ok(conn, "text/plain", -1);
  for (int i = 0; i < DEVICES; ++i) {
    if (!Devices[i].used)
      continue;
    const int n = snprintf(line, sizeof line, "%s %s %ld\n", Devices[i].id,
                           Devices[i].firmware, (long)Devices[i].lastSeen);
    mg_send_chunk(conn, line, (unsigned int)n);
  }
  mg_send_chunk(conn, "", 0);
  return 200;
}

static int reportIn(struct mg_connection *conn, void *cbdata) {
  (void)cbdata;
  char id[24];
  char firmware[16];
  if (!deviceId(conn, id, sizeof id)) {
    mg_send_http_error(conn, 400, "%s", "id required");
    return 400;
  }
  const int n = mg_read(conn, firmware, sizeof firmware - 1);
  firmware[n > 0 ? n : 0] = '\0';
  struct device *d = findDevice(id);
  const int known = d != NULL;
  for (int i = 0; d == NULL && i < DEVICES; ++i)
    if (!Devices[i].used)
      d = &Devices[i];
  if (d == NULL) {
    mg_send_http_error(conn, 503, "%s", "registry full");
    return 503;
  }
  snprintf(d->id, sizeof d->id, "%s", id);
  snprintf(d->firmware, sizeof d->firmware, "%s", firmware);
  d->lastSeen = time(NULL);
  d->used = 1;
  mg_response_header_start(conn, known ? 204 : 201);
  if (known)
    mg_response_header_add(conn, "Content-Length", "0", -1); /* Finding. */
  else
    mg_response_header_add(conn, "Location", "/device", -1);
  mg_response_header_send(conn);
  return known ? 204 : 201;
}

static int showDevice(struct mg_connection *conn, void *cbdata) {
  (void)cbdata;
  char id[24];
  const struct device *d =
      deviceId(conn, id, sizeof id) ? findDevice(id) : NULL;
  if (d == NULL) {
    mg_send_http_error(conn, 404, "%s", "unknown device");
    return 404;
  }
  mg_send_http_ok(conn, "text/plain", (long long)strlen(d->firmware));
  mg_write(conn, d->firmware, strlen(d->firmware));
  return 200;
}

static int forgetDevice(struct mg_connection *conn, void *cbdata) {
  (void)cbdata;
  if (strcmp(mg_get_request_info(conn)->request_method, "DELETE") != 0) {
    mg_send_http_error(conn, 405, "%s", "use DELETE");
    return 405;
  }
  char id[24];
  struct device *d = deviceId(conn, id, sizeof id) ? findDevice(id) : NULL;
  if (d == NULL) {
    mg_send_http_error(conn, 404, "%s", "unknown device");
    return 404;
  }
  d->used = 0;
  mg_response_header_start(conn, 204);
  mg_response_header_add(conn, "Cache-Control", "no-store", -1);
  mg_response_header_send(conn);
  return 204;
}

int main(void) {
  const char *options[] = {"listening_ports", "8087", NULL};
  struct mg_callbacks callbacks;
  memset(&callbacks, 0, sizeof callbacks);
  mg_init_library(0);
  struct mg_context *ctx = mg_start(&callbacks, NULL, options);
  if (ctx == NULL)
    return 1;
  mg_set_request_handler(ctx, "/devices$", listDevices, NULL);
  mg_set_request_handler(ctx, "/report$", reportIn, NULL);
  mg_set_request_handler(ctx, "/device$", showDevice, NULL);
  mg_set_request_handler(ctx, "/device/forget$", forgetDevice, NULL);
  getchar();
  mg_stop(ctx);
  mg_exit_library();
  return 0;
}
