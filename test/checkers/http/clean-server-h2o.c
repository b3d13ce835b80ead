// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11 \
// RUN:   -D_POSIX_C_SOURCE=200809L -DH2O_USE_LIBUV=0
// A complete, correct h2o 2.2.5 server on the evloop binding: no finding may
// be reported. h2o has no status names, so its numbers are not magic.
#include <h2o.h>

#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#define PORT 7890
#define ITEM_COUNT 8

struct item {
  char name[32];
  char value[64];
  int used;
};

static struct item Items[ITEM_COUNT];
static h2o_globalconf_t Config;
static h2o_context_t Context;
static h2o_accept_ctx_t AcceptContext;
static h2o_generator_t Generator = {NULL, NULL};

static struct item *findItem(h2o_iovec_t name) {
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used && strlen(Items[i].name) == name.len &&
        memcmp(Items[i].name, name.base, name.len) == 0)
      return &Items[i];
  return NULL;
}

static h2o_iovec_t itemName(h2o_req_t *req, size_t prefix) {
  if (req->path_normalized.len <= prefix)
    return h2o_iovec_init(NULL, 0);
  return h2o_iovec_init(req->path_normalized.base + prefix,
                        req->path_normalized.len - prefix);
}

static int listItems(h2o_handler_t *self, h2o_req_t *req) {
  (void)self;
  if (!h2o_memis(req->method.base, req->method.len, H2O_STRLIT("GET")))
    return -1;
  h2o_iovec_t lines[ITEM_COUNT];
  size_t count = 0, total = 0;
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used) {
      lines[count] = h2o_iovec_init(Items[i].name, strlen(Items[i].name));
      total += lines[count].len;
      ++count;
    }
  if (count == 0) {
    req->res.status = 204;
    req->res.reason = "No Content";
    h2o_send_inline(req, H2O_STRLIT(""));
    return 0;
  }
  req->res.status = 200;
  req->res.reason = "OK";
  req->res.content_length = total;
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CONTENT_TYPE, NULL,
                 H2O_STRLIT("text/plain"));
  h2o_start_response(req, &Generator);
  h2o_send(req, lines, count, H2O_SEND_STATE_FINAL);
  return 0;
}

static int itemHandler(h2o_handler_t *self, h2o_req_t *req) {
  (void)self;
  h2o_iovec_t name = itemName(req, sizeof("/items/") - 1);
  if (name.len == 0 || name.len >= sizeof Items[0].name)
    return -1;
  struct item *it = findItem(name);

  if (h2o_memis(req->method.base, req->method.len, H2O_STRLIT("DELETE"))) {
    if (it == NULL) {
      h2o_send_error_404(req, "Not Found", "no such item", 0);
      return 0;
    }
    it->used = 0;
    req->res.status = 204;
    req->res.reason = "No Content";
    h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CACHE_CONTROL,
                   NULL, H2O_STRLIT("no-store"));
    h2o_send_inline(req, NULL, 0);
    return 0;
  }

  if (h2o_memis(req->method.base, req->method.len, H2O_STRLIT("PUT"))) {
    if (req->entity.len >= sizeof Items[0].value) {
      h2o_send_error_400(req, "Bad Request", "value too long", 0);
      return 0;
    }
    const int existed = it != NULL;
    for (int i = 0; it == NULL && i < ITEM_COUNT; ++i)
      if (!Items[i].used)
        it = &Items[i];
    if (it == NULL) {
      h2o_send_error_generic(req, 507, "Insufficient Storage", "full", 0);
      return 0;
    }
    memcpy(it->name, name.base, name.len);
    it->name[name.len] = '\0';
    memcpy(it->value, req->entity.base, req->entity.len);
    it->value[req->entity.len] = '\0';
    it->used = 1;
    if (existed) {
      req->res.status = 204;
      req->res.reason = "No Content";
      h2o_send_inline(req, H2O_STRLIT(""));
    } else {
      req->res.status = 201;
      req->res.reason = "Created";
      h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_LOCATION, NULL,
                     req->path_normalized.base, req->path_normalized.len);
      req->res.content_length = strlen(it->value);
      h2o_send_inline(req, it->value, strlen(it->value));
    }
    return 0;
  }

  if (!h2o_memis(req->method.base, req->method.len, H2O_STRLIT("GET")))
    return -1;
  if (it == NULL) {
    h2o_send_error_404(req, "Not Found", "no such item", 0);
    return 0;
  }
  char etag[24];
  const int etagLen = snprintf(etag, sizeof etag, "\"%zu\"", strlen(it->value));
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_ETAG, NULL,
                 h2o_strdup(&req->pool, etag, etagLen).base, etagLen);
  const ssize_t match =
      h2o_find_header(&req->headers, H2O_TOKEN_IF_NONE_MATCH, -1);
  if (match != -1 &&
      h2o_memis(req->headers.entries[match].value.base,
                req->headers.entries[match].value.len, etag, etagLen)) {
    req->res.status = 304;
    req->res.reason = "Not Modified";
    h2o_send_inline(req, H2O_STRLIT(""));
    return 0;
  }
  req->res.status = 200;
  req->res.reason = "OK";
  req->res.content_length = strlen(it->value);
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CONTENT_TYPE, NULL,
                 H2O_STRLIT("text/plain"));
  h2o_send_inline(req, it->value, strlen(it->value));
  return 0;
}

static void registerHandler(h2o_hostconf_t *host, const char *path,
                            int (*onReq)(h2o_handler_t *, h2o_req_t *)) {
  h2o_pathconf_t *pathconf = h2o_config_register_path(host, path, 0);
  h2o_handler_t *handler = h2o_create_handler(pathconf, sizeof(*handler));
  handler->on_req = onReq;
}

static void onAccept(h2o_socket_t *listener, const char *err) {
  h2o_socket_t *sock;
  if (err != NULL)
    return;
  if ((sock = h2o_evloop_socket_accept(listener)) == NULL)
    return;
  h2o_accept(&AcceptContext, sock);
}

static int createListener(void) {
  struct sockaddr_in addr;
  int fd, reuse = 1;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(0x7f000001);
  addr.sin_port = htons(PORT);
  if ((fd = socket(AF_INET, SOCK_STREAM, 0)) == -1 ||
      setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof(reuse)) != 0 ||
      bind(fd, (struct sockaddr *)&addr, sizeof(addr)) != 0 ||
      listen(fd, SOMAXCONN) != 0)
    return -1;
  h2o_socket_t *sock =
      h2o_evloop_socket_create(Context.loop, fd, H2O_SOCKET_FLAG_DONT_READ);
  h2o_socket_read_start(sock, onAccept);
  return 0;
}

int main(void) {
  h2o_config_init(&Config);
  h2o_hostconf_t *host = h2o_config_register_host(
      &Config, h2o_iovec_init(H2O_STRLIT("default")), 65535);
  registerHandler(host, "/items/", itemHandler);
  registerHandler(host, "/items", listItems);
  h2o_context_init(&Context, h2o_evloop_create(), &Config);
  AcceptContext.ctx = &Context;
  AcceptContext.hosts = Config.hosts;
  snprintf(Items[0].name, sizeof Items[0].name, "%s", "greeting");
  snprintf(Items[0].value, sizeof Items[0].value, "%s", "hello");
  Items[0].used = 1;
  if (createListener() != 0) {
    fprintf(stderr, "cannot listen on port %d\n", PORT);
    return 1;
  }
  while (h2o_evloop_run(Context.loop, INT32_MAX) == 0)
    ;
  return 0;
}
