/* An nginx module serving feature flags (`location /flags { flags; }`):
 * GET /flags?name=... answers with the flag's state, HEAD with its headers.
 * All its handlers are correct. */
#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

typedef struct {
  ngx_str_t name;
  ngx_uint_t on;
} flag_t;

static flag_t Flags[] = {{ngx_string("dark-mode"), 1},
                         {ngx_string("beta-search"), 0}};

static char *ngx_http_flags(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);

static ngx_command_t ngx_http_flags_commands[] = {
    {ngx_string("flags"), NGX_HTTP_LOC_CONF | NGX_CONF_NOARGS, ngx_http_flags,
     0, 0, NULL},
    ngx_null_command};

static ngx_http_module_t ngx_http_flags_module_ctx = {NULL, NULL, NULL, NULL,
                                                      NULL, NULL, NULL, NULL};

ngx_module_t ngx_http_flags_module = {NGX_MODULE_V1,
                                      &ngx_http_flags_module_ctx,
                                      ngx_http_flags_commands,
                                      NGX_HTTP_MODULE,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NULL,
                                      NGX_MODULE_V1_PADDING};

static flag_t *findFlag(ngx_str_t *name) {
  for (ngx_uint_t i = 0; i < sizeof Flags / sizeof Flags[0]; ++i)
    if (Flags[i].name.len == name->len &&
        ngx_strncmp(Flags[i].name.data, name->data, name->len) == 0)
      return &Flags[i];
  return NULL;
}

static ngx_int_t sendState(ngx_http_request_t *r, flag_t *flag) {
  static u_char on[] = "on\n";
  static u_char off[] = "off\n";
  u_char *text = flag->on ? on : off;
  size_t len = flag->on ? sizeof on - 1 : sizeof off - 1;
  ngx_buf_t *b;
  ngx_chain_t out;
  ngx_int_t rc;

  r->headers_out.status = NGX_HTTP_OK;
  r->headers_out.content_length_n = len;
  ngx_str_set(&r->headers_out.content_type, "text/plain");
  r->headers_out.content_type_len = r->headers_out.content_type.len;
  rc = ngx_http_send_header(r);
  if (rc == NGX_ERROR || rc > NGX_OK || r->header_only)
    return rc;

  b = ngx_calloc_buf(r->pool);
  if (b == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  b->pos = text;
  b->last = text + len;
  b->memory = 1;
  b->last_buf = (r == r->main) ? 1 : 0;
  b->last_in_chain = 1;
  out.buf = b;
  out.next = NULL;
  return ngx_http_output_filter(r, &out);
}

static ngx_int_t ngx_http_flags_handler(ngx_http_request_t *r) {
  ngx_str_t name;
  flag_t *flag;
  ngx_int_t rc;

  if (!(r->method & (NGX_HTTP_GET | NGX_HTTP_HEAD)))
    return NGX_HTTP_NOT_ALLOWED;
  rc = ngx_http_discard_request_body(r);
  if (rc != NGX_OK)
    return rc;
  if (ngx_http_arg(r, (u_char *)"name", 4, &name) != NGX_OK) {
    r->headers_out.status = NGX_HTTP_NO_CONTENT;
    r->header_only = 1;
    ngx_http_clear_content_length(r);
    return ngx_http_send_header(r);
  }
  flag = findFlag(&name);
  if (flag == NULL)
    return NGX_HTTP_NOT_FOUND;
  return sendState(r, flag);
}

static char *ngx_http_flags(ngx_conf_t *cf, ngx_command_t *cmd, void *conf) {
  ngx_http_core_loc_conf_t *clcf =
      ngx_http_conf_get_module_loc_conf(cf, ngx_http_core_module);
  (void)cmd;
  (void)conf;
  clcf->handler = ngx_http_flags_handler;
  return NGX_CONF_OK;
}
