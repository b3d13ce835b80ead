/* A status page on h2o's library API: /status reports uptime, /status/ping
 * answers with no content. One handler holds a real finding, content sent
 * with a 204. */
#include <h2o.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

static h2o_globalconf_t Config;
static time_t Started;

static int statusHandler(h2o_handler_t *self, h2o_req_t *req) {
  (void)self;
  if (!h2o_memis(req->method.base, req->method.len, H2O_STRLIT("GET")))
    return -1;
  char text[64];
  const int len =
      snprintf(text, sizeof text, "up %ld s\n", (long)(time(NULL) - Started));
  req->res.status = 200;
  req->res.reason = "OK";
  req->res.content_length = (size_t)len;
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CONTENT_TYPE, NULL,
                 H2O_STRLIT("text/plain"));
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CACHE_CONTROL, NULL,
                 H2O_STRLIT("no-store"));
  h2o_send_inline(req, h2o_strdup(&req->pool, text, (size_t)len).base,
                  (size_t)len);
  return 0;
}

static int pingHandler(h2o_handler_t *self, h2o_req_t *req) {
  (void)self;
  if (h2o_memis(req->method.base, req->method.len, H2O_STRLIT("HEAD"))) {
    req->res.status = 204;
    req->res.reason = "No Content";
    h2o_send_inline(req, H2O_STRLIT(""));
    return 0;
  }
  req->res.status = 204;
  req->res.reason = "No Content";
  h2o_send_inline(req, H2O_STRLIT("pong")); /* Finding: a 204 body. */
  return 0;
}

static void registerHandler(h2o_hostconf_t *host, const char *path,
                            int (*onReq)(h2o_handler_t *, h2o_req_t *)) {
  h2o_pathconf_t *pathconf = h2o_config_register_path(host, path, 0);
  h2o_handler_t *handler = h2o_create_handler(pathconf, sizeof(*handler));
  handler->on_req = onReq;
}

int main(void) {
  Started = time(NULL);
  h2o_config_init(&Config);
  h2o_hostconf_t *host = h2o_config_register_host(
      &Config, h2o_iovec_init(H2O_STRLIT("default")), 65535);
  registerHandler(host, "/status/ping", pingHandler);
  registerHandler(host, "/status", statusHandler);
  fprintf(stderr, "configured %zu host(s)\n", (size_t)1);
  return 0;
}
