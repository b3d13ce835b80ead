// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11 -D_GNU_SOURCE -DLINUX -D_REENTRANT -I/usr/include/apache2 -I/usr/include/apr-1.0
// A complete, correct Apache httpd 2.4 module: no finding may be reported.
#include <httpd.h>
#include <http_config.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <apr_strings.h>
#include <apr_tables.h>

#include <string.h>

#define ITEM_COUNT 8

struct item {
  char name[32];
  char value[64];
  int used;
};

static struct item Items[ITEM_COUNT];

static struct item *findItem(const char *name) {
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used && strcmp(Items[i].name, name) == 0)
      return &Items[i];
  return NULL;
}

static int authorised(const request_rec *r) {
  const char *auth = apr_table_get(r->headers_in, "Authorization");
  return auth != NULL && strcmp(auth, "Bearer secret") == 0;
}

/* The item named by the query: /items?name=greeting. */
static const char *itemName(const request_rec *r) {
  if (r->args == NULL || strncmp(r->args, "name=", 5) != 0)
    return NULL;
  const char *name = r->args + 5;
  return strlen(name) < sizeof Items[0].name ? name : NULL;
}

static int listItems(request_rec *r) {
  int count = 0;
  for (int i = 0; i < ITEM_COUNT; ++i)
    count += Items[i].used;
  if (count == 0)
    return HTTP_NO_CONTENT;
  ap_set_content_type(r, "text/plain");
  for (int i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used)
      ap_rprintf(r, "%s=%s\n", Items[i].name, Items[i].value);
  return OK;
}

static int getItem(request_rec *r, const char *name) {
  const struct item *it = findItem(name);
  if (it == NULL)
    return HTTP_NOT_FOUND;
  char etag[48];
  apr_snprintf(etag, sizeof etag, "\"%s-%zu\"", it->name, strlen(it->value));
  apr_table_setn(r->headers_out, "ETag", apr_pstrdup(r->pool, etag));
  const char *match = apr_table_get(r->headers_in, "If-None-Match");
  if (match != NULL && strcmp(match, etag) == 0) {
    /* A 304 may carry the Content-Length of the representation. */
    ap_set_content_length(r, (apr_off_t)strlen(it->value));
    r->status = HTTP_NOT_MODIFIED;
    return OK;
  }
  ap_set_content_type(r, "text/plain");
  ap_set_content_length(r, (apr_off_t)strlen(it->value));
  ap_rputs(it->value, r);
  return OK;
}

static int putItem(request_rec *r, const char *name) {
  if (!authorised(r)) {
    apr_table_setn(r->err_headers_out, "WWW-Authenticate", "Bearer");
    return HTTP_UNAUTHORIZED;
  }
  char value[64];
  apr_size_t used = 0;
  int rc = ap_setup_client_block(r, REQUEST_CHUNKED_DECHUNK);
  if (rc != OK)
    return rc;
  if (ap_should_client_block(r)) {
    long n;
    while ((n = ap_get_client_block(r, value + used,
                                    sizeof value - 1 - used)) > 0)
      used += (apr_size_t)n;
  }
  value[used] = '\0';
  struct item *it = findItem(name);
  for (int i = 0; it == NULL && i < ITEM_COUNT; ++i)
    if (!Items[i].used)
      it = &Items[i];
  if (it == NULL)
    return HTTP_INSUFFICIENT_STORAGE;
  apr_cpystrn(it->name, name, sizeof it->name);
  apr_cpystrn(it->value, value, sizeof it->value);
  it->used = 1;
  apr_table_setn(r->headers_out, "Location",
                 apr_pstrcat(r->pool, "/items?name=", name, NULL));
  r->status = HTTP_NO_CONTENT;
  return OK;
}

static int deleteItem(request_rec *r, const char *name) {
  struct item *it = findItem(name);
  if (it == NULL)
    return HTTP_NOT_FOUND;
  it->used = 0;
  ap_discard_request_body(r);
  return HTTP_NO_CONTENT;
}

static int itemsHandler(request_rec *r) {
  if (r->handler == NULL || strcmp(r->handler, "items") != 0)
    return DECLINED;
  const char *name = itemName(r);
  switch (r->method_number) {
  case M_GET:
    return name == NULL ? listItems(r) : getItem(r, name);
  case M_PUT:
    return name == NULL ? HTTP_BAD_REQUEST : putItem(r, name);
  case M_DELETE:
    return name == NULL ? HTTP_BAD_REQUEST : deleteItem(r, name);
  default:
    ap_allow_methods(r, 1, "GET", "PUT", "DELETE", NULL);
    return HTTP_METHOD_NOT_ALLOWED;
  }
}

static void registerHooks(apr_pool_t *pool) {
  ap_hook_handler(itemsHandler, NULL, NULL, APR_HOOK_MIDDLE);
}

module AP_MODULE_DECLARE_DATA items_module = {
    STANDARD20_MODULE_STUFF,
    NULL, /* per-directory config */
    NULL, /* merge per-directory config */
    NULL, /* per-server config */
    NULL, /* merge per-server config */
    NULL, /* directives */
    registerHooks,
    AP_MODULE_FLAG_NONE,
};
