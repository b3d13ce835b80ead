// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c11 \
// RUN:   -isystem /usr/share/nginx/src/src/core \
// RUN:   -isystem /usr/share/nginx/src/src/event \
// RUN:   -isystem /usr/share/nginx/src/src/event/modules \
// RUN:   -isystem /usr/share/nginx/src/src/os/unix \
// RUN:   -isystem %inputs/nginx-1.22.1-objs \
// RUN:   -isystem /usr/share/nginx/src/src/http \
// RUN:   -isystem /usr/share/nginx/src/src/http/modules
// An nginx 1.22.1 content handler, with the headers of Debian's nginx-dev.
// The handler sends the header with ngx_http_send_header and the body with
// ngx_http_output_filter. nginx marks a 204 or 304 response header_only: the
// canonical `if (... || r->header_only) return rc;` then skips the body, but
// a body passed without that test is written after the header (run-tested,
// 1.22.1). Either way the handler wrote a body for a response that cannot
// have one.
#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#define NO_CONTENT 204

void decorate(ngx_http_request_t *r);

static ngx_chain_t *chainOf(ngx_pool_t *pool, const char *text) {
  ngx_buf_t *b = ngx_calloc_buf(pool);
  ngx_chain_t *out = ngx_alloc_chain_link(pool);
  if (b == NULL || out == NULL)
    return NULL;
  b->pos = (u_char *)text;
  b->last = b->pos + ngx_strlen(text);
  b->memory = 1;
  b->last_buf = 1;
  out->buf = b;
  out->next = NULL;
  return out;
}

// --- Findings ---------------------------------------------------------------

ngx_int_t deleteItem(ngx_http_request_t *r) {
  ngx_chain_t *out = chainOf(r->pool, "deleted");
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// The canonical send: nginx returns at r->header_only for a 204, but the
// handler built and passed the body for it.
ngx_int_t canonicalSend(ngx_http_request_t *r) {
  ngx_int_t rc;
  ngx_buf_t *b;
  ngx_chain_t out;
  b = ngx_create_temp_buf(r->pool, 7);
  if (b == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  b->last = ngx_cpymem(b->last, "deleted", 7);
  b->last_buf = 1;
  out.buf = b;
  out.next = NULL;
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  rc = ngx_http_send_header(r);
  if (rc == NGX_ERROR || rc > NGX_OK || r->header_only)
    return rc;
  return ngx_http_output_filter(r, &out);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 204 set here
}

// The complex value's text is the content of ngx_http_send_response.
ngx_int_t sendResponse(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv;
  ngx_str_t type = ngx_string("text/plain");
  ngx_memzero(&cv, sizeof(cv));
  ngx_str_set(&cv.value, "deleted");
  return ngx_http_send_response(r, NGX_HTTP_NO_CONTENT, &type, &cv);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: status 204 set here
}

// The length set by hand, as nginx's empty_gif module does, and a
// zero-initialised value given text afterwards.
ngx_int_t sendResponseLength(ngx_http_request_t *r) {
  static u_char gone[] = "gone";
  ngx_http_complex_value_t cv;
  ngx_memzero(&cv, sizeof(ngx_http_complex_value_t));
  cv.value.len = sizeof(gone) - 1;
  cv.value.data = gone;
  return ngx_http_send_response(r, NGX_HTTP_NOT_MODIFIED, NULL, &cv);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: status 304 set here
}

ngx_int_t sendResponseInitialised(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv = {0};
  ngx_str_set(&cv.value, "deleted");
  return ngx_http_send_response(r, NGX_HTTP_NO_CONTENT, NULL, &cv);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: status 204 set here
}

ngx_int_t notModified(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NOT_MODIFIED;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "cached"));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 304 set here
}

// nginx has no name for 205 and sends its body.
ngx_int_t resetContent(ngx_http_request_t *r) {
  r->headers_out.status = 205;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "form"));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 205 set here
}

ngx_int_t informational(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_SWITCHING_PROTOCOLS;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "upgrade"));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 101 (Switching Protocols), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 101 set here
}

ngx_int_t statusByBranch(ngx_http_request_t *r, ngx_uint_t quiet) {
  r->headers_out.status = quiet ? NGX_HTTP_NO_CONTENT : NGX_HTTP_OK;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "done"));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// A status from the user's own macro is a status all the same.
ngx_int_t userMacro(ngx_http_request_t *r) {
  r->headers_out.status = NO_CONTENT;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "late"));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// The header_only flag set by the handler does not unwrite the body.
ngx_int_t headerOnlyThenBody(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  r->header_only = 1;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "stray"));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
}

// Two requests (a main request and a subrequest, say): only the one sent
// with 204 has a finding.
void twoRequests(ngx_http_request_t *quiet, ngx_http_request_t *loud) {
  loud->headers_out.status = NGX_HTTP_OK;
  quiet->headers_out.status = NGX_HTTP_NO_CONTENT;
  ngx_http_send_header(loud);
  ngx_http_send_header(quiet);
  ngx_http_output_filter(loud, chainOf(loud->pool, "hello"));
  ngx_http_output_filter(quiet, chainOf(quiet->pool, "oops"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// The 204 is sent on a path that returns; the content goes out with 200.
ngx_int_t earlyReturn(ngx_http_request_t *r) {
  if (r->method == NGX_HTTP_DELETE) {
    r->headers_out.status = NGX_HTTP_NO_CONTENT;
    r->header_only = 1;
    return ngx_http_send_header(r);
  }
  r->headers_out.status = NGX_HTTP_OK;
  r->headers_out.content_length_n = 7;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "updated"));
}

ngx_int_t otherBranch(ngx_http_request_t *r) {
  if (r->headers_in.if_match != NULL) {
    r->headers_out.status = NGX_HTTP_NO_CONTENT;
    ngx_http_send_header(r);
  } else {
    r->headers_out.status = NGX_HTTP_OK;
    ngx_http_send_header(r);
    ngx_http_output_filter(r, chainOf(r->pool, "loud"));
  }
  return NGX_OK;
}

// The branch and the status test the same unchanged variable.
ngx_int_t correlatedConditions(ngx_http_request_t *r) {
  const ngx_uint_t found = r->args.len > 0;
  r->headers_out.status = found ? NGX_HTTP_OK : NGX_HTTP_NO_CONTENT;
  ngx_http_send_header(r);
  if (found)
    return ngx_http_output_filter(r, chainOf(r->pool, "found"));
  return NGX_OK;
}

ngx_int_t statusOverwritten(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  r->headers_out.status = NGX_HTTP_OK;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "ready"));
}

// A NULL chain and the last buffer alone are no content.
ngx_int_t emptyBodies(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  ngx_http_send_header(r);
  ngx_http_output_filter(r, NULL);
  return ngx_http_send_special(r, NGX_HTTP_LAST);
}

// The fact sheet's correct 204.
ngx_int_t headerOnly(ngx_http_request_t *r) {
  ngx_int_t rc = ngx_http_discard_request_body(r);
  if (rc != NGX_OK)
    return rc;
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  r->header_only = 1;
  return ngx_http_send_header(r);
}

// Returning the status lets nginx answer it, without a body.
ngx_int_t returnedStatus(ngx_http_request_t *r) {
  if (r->method != NGX_HTTP_DELETE)
    return NGX_HTTP_NOT_ALLOWED;
  return NGX_HTTP_NO_CONTENT;
}

ngx_int_t metadataOnNoContent(ngx_http_request_t *r) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Location");
  ngx_str_set(&h->value, "/items/2");
  r->headers_out.location = h;
  if (ngx_http_set_etag(r) != NGX_OK)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  return ngx_http_send_header(r);
}

void twoRequestsApart(ngx_http_request_t *quiet, ngx_http_request_t *loud) {
  quiet->headers_out.status = NGX_HTTP_NO_CONTENT;
  loud->headers_out.status = NGX_HTTP_OK;
  ngx_http_send_header(quiet);
  ngx_http_send_header(loud);
  ngx_http_output_filter(loud, chainOf(loud->pool, "hello"));
}

// What a declared-only function does to the request cannot be seen:
// forgotten.
ngx_int_t helperMayChangeIt(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  decorate(r);
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "draft"));
}

// A complex value whose text is empty: zero-initialised, or given an empty
// text or a length of 0.
ngx_int_t sendResponseZeroed(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv;
  ngx_memzero(&cv, sizeof(cv));
  return ngx_http_send_response(r, NGX_HTTP_NO_CONTENT, NULL, &cv);
}

ngx_int_t sendResponseEmptyText(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv;
  ngx_str_t type = ngx_string("text/plain");
  ngx_memzero(&cv, sizeof(ngx_http_complex_value_t));
  ngx_str_set(&cv.value, "");
  return ngx_http_send_response(r, NGX_HTTP_NO_CONTENT, &type, &cv);
}

ngx_int_t sendResponseZeroLength(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv;
  cv.value.len = 0;
  cv.value.data = NULL;
  cv.lengths = NULL;
  return ngx_http_send_response(r, NGX_HTTP_NO_CONTENT, NULL, &cv);
}

ngx_int_t sendResponseInitialiser(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv = {0};
  cv.value.data = (u_char *) "";
  if (cv.value.len != 0)
    return NGX_ERROR;
  return ngx_http_send_response(r, NGX_HTTP_NO_CONTENT, NULL, &cv);
}

ngx_int_t okWithBody(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv;
  ngx_memzero(&cv, sizeof(cv));
  ngx_str_set(&cv.value, "fine");
  return ngx_http_send_response(r, NGX_HTTP_OK, NULL, &cv);
}

// Sizes of 204 are not statuses.
ngx_int_t lengthIsNotStatus(ngx_http_request_t *r) {
  ngx_buf_t *b = ngx_create_temp_buf(r->pool, 204);
  ngx_chain_t out;
  if (b == NULL)
    return NGX_ERROR;
  b->last = ngx_cpymem(b->last, "x", 1);
  b->last_buf = 1;
  out.buf = b;
  out.next = NULL;
  r->headers_out.status = NGX_HTTP_OK;
  r->headers_out.content_length_n = 1;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, &out);
}

ngx_int_t unknownStatus(ngx_http_request_t *r, ngx_uint_t code) {
  r->headers_out.status = code;
  ngx_http_send_header(r);
  return ngx_http_output_filter(r, chainOf(r->pool, "maybe"));
}
