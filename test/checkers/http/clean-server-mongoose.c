// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11 -isystem %inputs/mongoose-7.22
// A complete, correct mongoose 7.22 server: no finding may be reported.
#include <mongoose.h>

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

static int authorised(struct mg_http_message *hm) {
  struct mg_str *auth = mg_http_get_header(hm, "Authorization");
  return auth != NULL &&
         mg_strcmp(*auth, mg_str("Bearer secret")) == 0;
}

static struct item *findItem(const char *name) {
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used && strcmp(Items[i].name, name) == 0)
      return &Items[i];
  return NULL;
}

/* The item named by the query: /api/item?name=greeting. */
static int itemName(struct mg_http_message *hm, char *name, size_t size) {
  return mg_http_get_var(&hm->query, "name", name, size) > 0;
}

static void listItems(struct mg_connection *c) {
  int count = 0;
  for (int i = 0; i < ITEM_COUNT; ++i)
    count += Items[i].used;
  if (count == 0) {
    mg_http_reply(c, 204, "Cache-Control: no-store\r\n", "");
    return;
  }
  mg_printf(c, "HTTP/1.1 200 OK\r\n"
               "Content-Type: text/plain\r\n"
               "Transfer-Encoding: chunked\r\n\r\n");
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used)
      mg_http_printf_chunk(c, "%s=%s\n", Items[i].name, Items[i].value);
  mg_http_printf_chunk(c, "");
}

static void getItem(struct mg_connection *c, struct mg_http_message *hm) {
  char name[32];
  if (!itemName(hm, name, sizeof name)) {
    mg_http_reply(c, 400, "", "missing name\n");
    return;
  }
  const struct item *found = findItem(name);
  if (found == NULL) {
    mg_http_reply(c, 404, "", "no item %s\n", name);
    return;
  }
  char etag[80];
  snprintf(etag, sizeof etag, "\"%s\"", found->value);
  struct mg_str *inm = mg_http_get_header(hm, "If-None-Match");
  if (inm != NULL && mg_strcmp(*inm, mg_str(etag)) == 0) {
    mg_printf(c, "HTTP/1.1 304 Not Modified\r\nETag: %s\r\n\r\n", etag);
    return;
  }
  mg_http_reply(c, 200, "Content-Type: application/json\r\n", "{%m:%m}\n",
                MG_ESC("value"), MG_ESC(found->value));
}

static void deleteItem(struct mg_connection *c, struct mg_http_message *hm) {
  char name[32];
  struct item *found =
      itemName(hm, name, sizeof name) ? findItem(name) : NULL;
  if (found == NULL) {
    mg_http_reply(c, 404, "", "not found\n");
    return;
  }
  found->used = 0;
  mg_http_reply(c, 204, "", "");
}

static void touchItem(struct mg_connection *c, struct mg_http_message *hm) {
  char name[32];
  if (!itemName(hm, name, sizeof name) || findItem(name) == NULL) {
    mg_http_reply(c, 404, "", "not found\n");
    return;
  }
  mg_http_reply(c, 204, "Location: /api/item\r\nETag: \"touched\"\r\n", "");
}

static void fn(struct mg_connection *c, int ev, void *ev_data) {
  if (ev != MG_EV_HTTP_MSG)
    return;
  struct mg_http_message *hm = (struct mg_http_message *) ev_data;
  if (mg_match(hm->uri, mg_str("/api/#"), NULL) && !authorised(hm)) {
    mg_http_reply(c, 401, "WWW-Authenticate: Bearer\r\n", "unauthorised\n");
  } else if (mg_match(hm->uri, mg_str("/api/items"), NULL)) {
    listItems(c);
  } else if (mg_match(hm->uri, mg_str("/api/item"), NULL)) {
    if (mg_strcmp(hm->method, mg_str("DELETE")) == 0)
      deleteItem(c, hm);
    else if (mg_strcmp(hm->method, mg_str("PATCH")) == 0)
      touchItem(c, hm);
    else
      getItem(c, hm);
  } else {
    struct mg_http_serve_opts opts = {.root_dir = "/srv/www",
                                      .fs = &mg_fs_posix};
    mg_http_serve_dir(c, hm, &opts);
  }
}

int main(void) {
  struct mg_mgr mgr;
  mg_mgr_init(&mgr);
  mg_http_listen(&mgr, "http://0.0.0.0:8000", fn, NULL);
  for (;;)
    mg_mgr_poll(&mgr, 1000);
  mg_mgr_free(&mgr);
  return 0;
}
