// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c11 \
// RUN:   -isystem /usr/share/nginx/src/src/core \
// RUN:   -isystem /usr/share/nginx/src/src/event \
// RUN:   -isystem /usr/share/nginx/src/src/event/modules \
// RUN:   -isystem /usr/share/nginx/src/src/os/unix \
// RUN:   -isystem %inputs/nginx-1.22.1-objs \
// RUN:   -isystem /usr/share/nginx/src/src/http \
// RUN:   -isystem /usr/share/nginx/src/src/http/modules
// An nginx 1.22.1 content handler, with the headers of Debian's nginx-dev.
// A header is an entry pushed on r->headers_out.headers and named with
// ngx_str_set(&h->key, ...). ngx_http_send_response with a redirect status
// makes its text the Location header. A returned status is answered by
// nginx's special response, which keeps the pushed headers and adds none
// of the headers a status asks for.
#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#define UNAUTHORIZED 401

// --- Findings ---------------------------------------------------------------

ngx_int_t deny(ngx_http_request_t *r) {
  if (r->headers_in.authorization == NULL)
    return NGX_HTTP_UNAUTHORIZED;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
}

// The handler sends the 401 itself.
ngx_int_t denyWithHeader(ngx_http_request_t *r) {
  r->headers_out.status = UNAUTHORIZED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  r->headers_out.content_length_n = 0;
  return ngx_http_send_header(r);
}

// nginx adds no Allow to the 405 it sends for a returned status.
ngx_int_t notAllowed(ngx_http_request_t *r) {
  if (r->method != NGX_HTTP_GET)
    return NGX_HTTP_NOT_ALLOWED;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  return NGX_HTTP_NO_CONTENT;
}

// Allow is pushed on one branch only.
ngx_int_t otherBranch(ngx_http_request_t *r, int verbose) {
  if (verbose) {
    ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
    if (h == NULL)
      return NGX_ERROR;
    h->hash = 1;
    ngx_str_set(&h->key, "Allow");
    ngx_str_set(&h->value, "GET");
  }
  return NGX_HTTP_NOT_ALLOWED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
}

ngx_int_t redirectByHand(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_MOVED_TEMPORARILY;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
  return ngx_http_send_header(r);
}

ngx_int_t partial(ngx_http_request_t *r, ngx_chain_t *out) {
  r->headers_out.status = NGX_HTTP_PARTIAL_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  r->headers_out.content_length_n = 3;
  ngx_int_t rc = ngx_http_send_header(r);
  if (rc == NGX_ERROR || rc > NGX_OK || r->header_only)
    return rc;
  return ngx_http_output_filter(r, out);
}

ngx_int_t rangeNotSatisfiable(ngx_http_request_t *r) {
  if (r->headers_in.range == NULL)
    return NGX_DECLINED;
  return NGX_HTTP_RANGE_NOT_SATISFIABLE;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

ngx_int_t switching(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_SWITCHING_PROTOCOLS;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 101 (Switching Protocols) has no Upgrade header; RFC 9110 section 15.2.2 says it must have one
  return ngx_http_send_header(r);
}

// ngx_http_send_response's text is the body of a 401, not a challenge.
ngx_int_t denyWithText(ngx_http_request_t *r, ngx_http_complex_value_t *cv) {
  return ngx_http_send_response(r, NGX_HTTP_UNAUTHORIZED, NULL, cv);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// The status comes from a helper; the challenge is never pushed.
static void setUnauthorized(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_UNAUTHORIZED;
}

ngx_int_t statusThroughHelper(ngx_http_request_t *r) {
  setUnauthorized(r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 401 set here, through the call of 'setUnauthorized'
  r->headers_out.content_length_n = 0;
  return ngx_http_send_header(r);
}

// --- No findings ------------------------------------------------------------

ngx_int_t challenge(ngx_http_request_t *r) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "WWW-Authenticate");
  ngx_str_set(&h->value, "Basic realm=\"items\"");
  return NGX_HTTP_UNAUTHORIZED;
}

// The entry kept in r->headers_out.www_authenticate, as nginx's modules do.
ngx_int_t challengeField(ngx_http_request_t *r) {
  r->headers_out.www_authenticate = ngx_list_push(&r->headers_out.headers);
  if (r->headers_out.www_authenticate == NULL)
    return NGX_ERROR;
  r->headers_out.www_authenticate->hash = 1;
  ngx_str_set(&r->headers_out.www_authenticate->key, "WWW-Authenticate");
  ngx_str_set(&r->headers_out.www_authenticate->value, "Bearer");
  return NGX_HTTP_UNAUTHORIZED;
}

// Pushed after the status: what counts is what the response has when sent.
ngx_int_t allowAfter(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NOT_ALLOWED;
  r->headers_out.content_length_n = 0;
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Allow");
  ngx_str_set(&h->value, "GET");
  return ngx_http_send_header(r);
}

// An empty Allow says no method is allowed: it is allowed.
ngx_int_t nothingAllowed(ngx_http_request_t *r) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Allow");
  ngx_str_set(&h->value, "");
  return NGX_HTTP_NOT_ALLOWED;
}

// With a redirect status, ngx_http_send_response's text is the Location.
ngx_int_t redirect(ngx_http_request_t *r, ngx_http_complex_value_t *cv) {
  return ngx_http_send_response(r, NGX_HTTP_MOVED_PERMANENTLY, NULL, cv);
}

ngx_int_t redirectWithHeader(ngx_http_request_t *r) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Location");
  ngx_str_set(&h->value, "/items");
  return NGX_HTTP_SEE_OTHER;
}

static ngx_int_t notAllowedWithAllow(ngx_http_request_t *r) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Allow");
  ngx_str_set(&h->value, "GET, HEAD");
  return NGX_HTTP_NOT_ALLOWED;
}

ngx_int_t headerThroughHelper(ngx_http_request_t *r) {
  if (r->method == NGX_HTTP_GET)
    return NGX_DECLINED;
  return notAllowedWithAllow(r);
}

// A name the analysis cannot read may be the header.
ngx_int_t nameInVariable(ngx_http_request_t *r, ngx_str_t *name) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  h->key = *name;
  ngx_str_set(&h->value, "GET");
  return NGX_HTTP_NOT_ALLOWED;
}

// The request handed to unknown code.
void decorate(ngx_http_request_t *r);

ngx_int_t escapes(ngx_http_request_t *r) {
  decorate(r);
  return NGX_HTTP_UNAUTHORIZED;
}

ngx_int_t contentRange(ngx_http_request_t *r, ngx_chain_t *out) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Content-Range");
  ngx_str_set(&h->value, "bytes 0-2/10");
  r->headers_out.status = NGX_HTTP_PARTIAL_CONTENT;
  r->headers_out.content_length_n = 3;
  ngx_int_t rc = ngx_http_send_header(r);
  if (rc == NGX_ERROR || rc > NGX_OK || r->header_only)
    return rc;
  return ngx_http_output_filter(r, out);
}

// Not required: 201 (Location optional), 304.
ngx_int_t created(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_CREATED;
  return ngx_http_send_header(r);
}

ngx_int_t notModified(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NOT_MODIFIED;
  return ngx_http_send_header(r);
}

// NGX_OK, NGX_DECLINED and NGX_ERROR are no statuses.
ngx_int_t declined(ngx_http_request_t *r) { return NGX_DECLINED; }

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void setNotAllowed(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NOT_ALLOWED;
}

ngx_int_t allowAfterHelper(ngx_http_request_t *r) {
  setNotAllowed(r);
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Allow");
  ngx_str_set(&h->value, "GET");
  r->headers_out.content_length_n = 0;
  return ngx_http_send_header(r);
}
