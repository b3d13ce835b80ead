// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11 \
// RUN:   -isystem /usr/share/nginx/src/src/core \
// RUN:   -isystem /usr/share/nginx/src/src/event \
// RUN:   -isystem /usr/share/nginx/src/src/event/modules \
// RUN:   -isystem /usr/share/nginx/src/src/os/unix \
// RUN:   -isystem %inputs/nginx-1.22.1-objs \
// RUN:   -isystem /usr/share/nginx/src/src/http \
// RUN:   -isystem /usr/share/nginx/src/src/http/modules
// A complete, correct nginx 1.22.1 module (`location /items { items; }`):
// no finding may be reported.
#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#define ITEM_COUNT 8

typedef struct {
  u_char name[32];
  size_t name_len;
  u_char value[64];
  size_t value_len;
  ngx_uint_t used;
} item_t;

static item_t Items[ITEM_COUNT];

static char *ngx_http_items(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);

static ngx_command_t ngx_http_items_commands[] = {
    {ngx_string("items"), NGX_HTTP_LOC_CONF | NGX_CONF_NOARGS, ngx_http_items,
     0, 0, NULL},
    ngx_null_command};

static ngx_http_module_t ngx_http_items_module_ctx = {
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};

ngx_module_t ngx_http_items_module = {NGX_MODULE_V1,
                                      &ngx_http_items_module_ctx,
                                      ngx_http_items_commands,
                                      NGX_HTTP_MODULE,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NGX_MODULE_V1_PADDING};

static item_t *findItem(ngx_str_t *name) {
  for (ngx_uint_t i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used && Items[i].name_len == name->len &&
        ngx_strncmp(Items[i].name, name->data, name->len) == 0)
      return &Items[i];
  return NULL;
}

static ngx_int_t sendText(ngx_http_request_t *r, ngx_uint_t status,
                          u_char *text, size_t len) {
  ngx_int_t rc;
  ngx_buf_t *b;
  ngx_chain_t out;
  ngx_str_t type = ngx_string("text/plain");

  b = ngx_create_temp_buf(r->pool, len);
  if (b == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  b->last = ngx_cpymem(b->last, text, len);
  b->last_buf = (r == r->main) ? 1 : 0;
  b->last_in_chain = 1;
  out.buf = b;
  out.next = NULL;

  r->headers_out.status = status;
  r->headers_out.content_length_n = len;
  r->headers_out.content_type = type;
  r->headers_out.content_type_len = type.len;
  rc = ngx_http_send_header(r);
  if (rc == NGX_ERROR || rc > NGX_OK || r->header_only)
    return rc;
  return ngx_http_output_filter(r, &out);
}

static ngx_int_t listItems(ngx_http_request_t *r) {
  u_char buf[ITEM_COUNT * 33];
  u_char *p = buf;
  for (ngx_uint_t i = 0; i < ITEM_COUNT; ++i)
    if (Items[i].used) {
      p = ngx_cpymem(p, Items[i].name, Items[i].name_len);
      *p++ = '\n';
    }
  if (p == buf) {
    r->headers_out.status = NGX_HTTP_NO_CONTENT;
    r->header_only = 1;
    return ngx_http_send_header(r);
  }
  return sendText(r, NGX_HTTP_OK, buf, p - buf);
}

static ngx_int_t getItem(ngx_http_request_t *r, ngx_str_t *name) {
  item_t *it = findItem(name);
  ngx_table_elt_t *etag;
  if (it == NULL)
    return NGX_HTTP_NOT_FOUND;

  etag = ngx_list_push(&r->headers_out.headers);
  if (etag == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  etag->value.data = ngx_pnalloc(r->pool, NGX_OFF_T_LEN + 2);
  if (etag->value.data == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  etag->hash = 1;
  ngx_str_set(&etag->key, "ETag");
  etag->value.len =
      ngx_sprintf(etag->value.data, "\"%uz\"", it->value_len) -
      etag->value.data;
  r->headers_out.etag = etag;

  if (r->headers_in.if_none_match != NULL &&
      r->headers_in.if_none_match->value.len == etag->value.len &&
      ngx_strncmp(r->headers_in.if_none_match->value.data, etag->value.data,
                  etag->value.len) == 0) {
    r->headers_out.status = NGX_HTTP_NOT_MODIFIED;
    r->header_only = 1;
    return ngx_http_send_header(r);
  }
  return sendText(r, NGX_HTTP_OK, it->value, it->value_len);
}

static ngx_int_t deleteItem(ngx_http_request_t *r, ngx_str_t *name) {
  item_t *it = findItem(name);
  ngx_int_t rc = ngx_http_discard_request_body(r);
  if (rc != NGX_OK)
    return rc;
  if (it == NULL)
    return NGX_HTTP_NOT_FOUND;
  it->used = 0;
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  r->header_only = 1;
  ngx_http_clear_content_length(r);
  return ngx_http_send_header(r);
}

/* nginx adds no Allow header of its own to a 405. */
static ngx_int_t notAllowed(ngx_http_request_t *r, const char *methods) {
  ngx_table_elt_t *allow = ngx_list_push(&r->headers_out.headers);
  if (allow == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  allow->hash = 1;
  ngx_str_set(&allow->key, "Allow");
  allow->value.data = (u_char *)methods;
  allow->value.len = ngx_strlen(methods);
  return NGX_HTTP_NOT_ALLOWED;
}

static ngx_int_t ngx_http_items_handler(ngx_http_request_t *r) {
  ngx_str_t name;
  if (ngx_http_arg(r, (u_char *)"name", 4, &name) != NGX_OK) {
    if (r->method != NGX_HTTP_GET)
      return notAllowed(r, "GET");
    if (ngx_http_discard_request_body(r) != NGX_OK)
      return NGX_HTTP_INTERNAL_SERVER_ERROR;
    return listItems(r);
  }
  if (name.len > sizeof Items[0].name)
    return NGX_HTTP_BAD_REQUEST;
  if (r->method == NGX_HTTP_GET || r->method == NGX_HTTP_HEAD) {
    if (ngx_http_discard_request_body(r) != NGX_OK)
      return NGX_HTTP_INTERNAL_SERVER_ERROR;
    return getItem(r, &name);
  }
  if (r->method == NGX_HTTP_DELETE)
    return deleteItem(r, &name);
  return notAllowed(r, "GET, HEAD, DELETE");
}

static char *ngx_http_items(ngx_conf_t *cf, ngx_command_t *cmd, void *conf) {
  ngx_http_core_loc_conf_t *clcf =
      ngx_http_conf_get_module_loc_conf(cf, ngx_http_core_module);
  (void)cmd;
  (void)conf;
  clcf->handler = ngx_http_items_handler;
  return NGX_CONF_OK;
}
