// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c11 \
// RUN:   -isystem /usr/share/nginx/src/src/core \
// RUN:   -isystem /usr/share/nginx/src/src/event \
// RUN:   -isystem /usr/share/nginx/src/src/event/modules \
// RUN:   -isystem /usr/share/nginx/src/src/os/unix \
// RUN:   -isystem %inputs/nginx-1.22.1-objs \
// RUN:   -isystem /usr/share/nginx/src/src/http \
// RUN:   -isystem /usr/share/nginx/src/src/http/modules
// An nginx 1.22.1 content handler, with the headers of Debian's nginx-dev:
// the status is the ngx_uint_t field r->headers_out.status, the status of
// ngx_http_send_response, and a handler's return value when it is an HTTP
// status. A code outside nginx's table of status lines is written as a
// number with no reason phrase.
#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#define STATUS_TYPO 2040

static ngx_int_t reply(ngx_http_request_t *r, ngx_uint_t status) {
  r->headers_out.status = status;
  r->header_only = 1;
  return ngx_http_send_header(r);
}

// --- Findings ---------------------------------------------------------------

ngx_int_t typos(ngx_http_request_t *r) {
  r->headers_out.status = 2004;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  r->headers_out.status = r->header_only ? 40 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: status code 40 is outside 100 to 599
  r->headers_out.status = STATUS_TYPO;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: status code 2040 is outside 100 to 599
  return ngx_http_send_header(r);
}

ngx_int_t page(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv;
  ngx_memzero(&cv, sizeof(cv));
  ngx_str_set(&cv.value, "hello");
  return ngx_http_send_response(r, 2000, NULL, &cv);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: status code 2000 is outside 100 to 599
}

// Through a helper's status parameter: reported at the call.
ngx_int_t helper(ngx_http_request_t *r) {
  return reply(r, 600);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: status code 600 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

ngx_int_t valid(ngx_http_request_t *r) {
  if (r->args.len)
    return reply(r, 100);
  r->headers_out.status = 599;
  return ngx_http_send_header(r);
}

// A comparison tests the field; it sends nothing.
ngx_int_t compared(ngx_http_request_t *r) {
  if (r->headers_out.status == 0 || r->headers_out.status != 2004)
    r->headers_out.status = NGX_HTTP_OK;
  switch (r->headers_out.status) {
  case 2004:
    return NGX_DECLINED;
  default:
    return ngx_http_send_header(r);
  }
}

// The handler's return value is not looked at: NGX_OK (0), NGX_DECLINED (-5)
// and NGX_ERROR (-1) are no statuses, and a number out of range returned is
// not reported either.
ngx_int_t returned(ngx_http_request_t *r) {
  if (r->header_only)
    return 0;
  if (r->args.len)
    return NGX_OK;
  if (r->uri.len == 0)
    return -1;
  // FIXME: ngx_http_finalize_request answers a returned number of 300 or
  // more with a response of that status; 2004 is out of range and should be
  // reported like the same number assigned to r->headers_out.status.
  return 2004;
}

// FIXME: ngx_http_finalize_request answers a number of 300 or more with a
// response of that status, as it does a returned one; 2004 there should be
// reported.
void bodyRead(ngx_http_request_t *r) { ngx_http_finalize_request(r, 2004); }

// FIXME: nginx writes r->headers_out.status_line into the status line as it
// is, in place of the code; text that does not start with a code from 100 to
// 599 should be reported like status text given to a status setter.
ngx_int_t statusLine(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_OK;
  ngx_str_set(&r->headers_out.status_line, "2004 Typo");
  return ngx_http_send_header(r);
}

// Another object's field of the same name, the upstream status parser's
// code, and numbers given to no status position (sizes, lengths).
struct job {
  ngx_uint_t status;
};
ngx_int_t otherObject(ngx_http_request_t *r, struct job *job) {
  ngx_http_status_t parsed;
  ngx_buf_t *b = ngx_create_temp_buf(r->pool, 2004);
  if (b == NULL)
    return NGX_ERROR;
  job->status = 2004;
  parsed.code = 2004;
  (void)parsed;
  r->headers_out.content_length_n = 2004;
  r->headers_out.content_offset = 2004;
  r->headers_out.status = NGX_HTTP_OK;
  return ngx_http_send_header(r);
}
