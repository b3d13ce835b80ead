// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c11 \
// RUN:   -isystem /usr/share/nginx/src/src/core \
// RUN:   -isystem /usr/share/nginx/src/src/event \
// RUN:   -isystem /usr/share/nginx/src/src/event/modules \
// RUN:   -isystem /usr/share/nginx/src/src/os/unix \
// RUN:   -isystem %inputs/nginx-1.22.1-objs \
// RUN:   -isystem /usr/share/nginx/src/src/http \
// RUN:   -isystem /usr/share/nginx/src/src/http/modules
// An nginx 1.22.1 content handler, with the headers of Debian's nginx-dev:
// the NGX_HTTP_* macros of ngx_http_request.h are suggested.
#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#define NO_CONTENT 204

// --- Findings ---------------------------------------------------------------

ngx_int_t removed(ngx_http_request_t *r) {
  r->headers_out.status = 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: status code 204 written as a number; use NGX_HTTP_NO_CONTENT [http-magic-status-code]
  // CHECK-FIXES: r->headers_out.status = NGX_HTTP_NO_CONTENT;
  r->header_only = 1;
  return ngx_http_send_header(r);
}

ngx_int_t page(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv;
  ngx_memzero(&cv, sizeof(cv));
  ngx_str_set(&cv.value, "hello");
  return ngx_http_send_response(r, 200, NULL, &cv);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: status code 200 written as a number; use NGX_HTTP_OK
  // CHECK-FIXES: return ngx_http_send_response(r, NGX_HTTP_OK, NULL, &cv);
}

// The status a handler returns.
ngx_int_t missing(ngx_http_request_t *r) {
  if (r->uri.len == 0)
    return 404;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: status code 404 written as a number; use NGX_HTTP_NOT_FOUND
  // CHECK-FIXES: return NGX_HTTP_NOT_FOUND;
  return NGX_DECLINED;
}

// The status field, compared.
ngx_int_t isNotModified(ngx_http_request_t *r) {
  return r->headers_out.status == 304;
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: status code 304 written as a number; use NGX_HTTP_NOT_MODIFIED
  // CHECK-FIXES: return r->headers_out.status == NGX_HTTP_NOT_MODIFIED;
}

const char *describe(ngx_http_request_t *r) {
  switch (r->headers_out.status) {
  case 201:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 201 written as a number; use NGX_HTTP_CREATED
    // CHECK-FIXES: case NGX_HTTP_CREATED:
    return "created";
  default:
    return "other";
  }
}

ngx_int_t chosen(ngx_http_request_t *r, ngx_uint_t quiet) {
  r->headers_out.status = quiet ? 204 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: status code 204 written as a number; use NGX_HTTP_NO_CONTENT
  // CHECK-MESSAGES: :[[@LINE-2]]:41: warning: status code 200 written as a number; use NGX_HTTP_OK
  // CHECK-FIXES: r->headers_out.status = quiet ? NGX_HTTP_NO_CONTENT : NGX_HTTP_OK;
  return ngx_http_send_header(r);
}

// nginx's name for 302 is NGX_HTTP_MOVED_TEMPORARILY.
ngx_int_t moved(ngx_http_request_t *r) {
  r->headers_out.status = 302;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: status code 302 written as a number; use NGX_HTTP_MOVED_TEMPORARILY
  // CHECK-FIXES: r->headers_out.status = NGX_HTTP_MOVED_TEMPORARILY;
  return ngx_http_send_header(r);
}

// --- No findings ------------------------------------------------------------

ngx_int_t named(ngx_http_request_t *r) {
  if (r->method == NGX_HTTP_DELETE) {
    r->headers_out.status = NGX_HTTP_NO_CONTENT;
    return ngx_http_send_header(r);
  }
  if (r->method != NGX_HTTP_GET)
    return NGX_HTTP_NOT_ALLOWED;
  r->headers_out.status = NGX_HTTP_OK;
  return ngx_http_send_header(r);
}

ngx_int_t userMacro(ngx_http_request_t *r) {
  r->headers_out.status = NO_CONTENT;
  if (r->headers_out.status == NO_CONTENT)
    return ngx_http_send_header(r);
  return NO_CONTENT;
}

// Lengths, sizes, method masks and return codes that are not statuses are
// not status positions.
ngx_int_t notStatusPositions(ngx_http_request_t *r) {
  ngx_buf_t *b = ngx_create_temp_buf(r->pool, 204);
  if (b == NULL)
    return -1;
  r->headers_out.content_length_n = 204;
  r->headers_out.content_offset = 404;
  if (r->method == 0x20)
    return 0;
  r->headers_out.status = NGX_HTTP_OK;
  return ngx_http_send_header(r);
}

// A number kept in a variable first is not written in the status position.
ngx_int_t throughVariable(ngx_http_request_t *r) {
  const ngx_uint_t status = 204;
  r->headers_out.status = status;
  return ngx_http_send_header(r);
}

// Range comparisons and arithmetic are not magic: no single constant fits.
ngx_int_t ranges(ngx_http_request_t *r) {
  return r->headers_out.status >= 400 || r->headers_out.status / 100 == 2;
}

// No NGX_HTTP_* macro names 205, 299 or 444.
ngx_int_t unnamed(ngx_http_request_t *r, ngx_uint_t close) {
  if (close)
    return 444;
  r->headers_out.status = r->args.len ? 205 : 299;
  return ngx_http_send_header(r);
}

// A return in a function without a request is no status.
ngx_int_t countItems(ngx_uint_t n) {
  if (n == 0)
    return 204;
  return 200;
}
