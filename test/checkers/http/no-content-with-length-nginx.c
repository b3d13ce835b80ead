// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c11 \
// RUN:   -isystem /usr/share/nginx/src/src/core \
// RUN:   -isystem /usr/share/nginx/src/src/event \
// RUN:   -isystem /usr/share/nginx/src/src/event/modules \
// RUN:   -isystem /usr/share/nginx/src/src/os/unix \
// RUN:   -isystem %inputs/nginx-1.22.1-objs \
// RUN:   -isystem /usr/share/nginx/src/src/http \
// RUN:   -isystem /usr/share/nginx/src/src/http/modules
// An nginx 1.22.1 content handler, with the headers of Debian's nginx-dev.
// For a 204 nginx's header filter resets content_length_n to -1 and drops
// the content_length pointer, but a Content-Length entry the handler pushed
// on r->headers_out.headers is still sent (run-tested, 1.22.1); either way
// the handler set a header that such a response must not carry.
#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#define NO_CONTENT 204

void decorate(ngx_http_request_t *r);

// --- Findings ---------------------------------------------------------------

ngx_int_t explicitLength(ngx_http_request_t *r) {
  r->headers_out.content_length_n = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return ngx_http_send_header(r);
}

// The status set first, the length after it.
ngx_int_t statusFirst(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  r->headers_out.content_length_n = sizeof("deleted") - 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return ngx_http_send_header(r);
}

// A Content-Length entry pushed on the header list, and the pointer to it:
// naming the entry sets the header.
ngx_int_t pushedHeader(ngx_http_request_t *r) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Content-Length");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  ngx_str_set(&h->value, "0");
  r->headers_out.content_length = h;
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return ngx_http_send_header(r);
}

// Without the pointer: the header filter writes every entry of the list.
// The variable declared first and assigned later, as nginx's code does.
ngx_int_t pushedEntryOnly(ngx_http_request_t *r) {
  ngx_table_elt_t *h;
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Content-Length");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 204 set here
  ngx_str_set(&h->value, "0");
  return ngx_http_send_header(r);
}

// The name written out, and one variable for two entries.
ngx_int_t pushedTwice(ngx_http_request_t *r) {
  ngx_table_elt_t *h = NULL;
  h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Cache-Control");
  ngx_str_set(&h->value, "no-store");
  h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  h->key.len = sizeof("Transfer-Encoding") - 1;
  h->key.data = (u_char *) "Transfer-Encoding";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  ngx_str_set(&h->value, "chunked");
  r->headers_out.status = NGX_HTTP_SWITCHING_PROTOCOLS;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 101 set here
  return ngx_http_send_header(r);
}

// The status the handler returns is the one nginx answers with.
ngx_int_t returnedStatus(ngx_http_request_t *r) {
  r->headers_out.content_length_n = 7;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  return NGX_HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

ngx_int_t informational(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_SWITCHING_PROTOCOLS;
  r->headers_out.content_length_n = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 101 set here
  return ngx_http_send_header(r);
}

ngx_int_t statusByBranch(ngx_http_request_t *r, ngx_uint_t quiet) {
  r->headers_out.content_length_n = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  r->headers_out.status = quiet ? NGX_HTTP_NO_CONTENT : NGX_HTTP_OK;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return ngx_http_send_header(r);
}

ngx_int_t userMacro(ngx_http_request_t *r) {
  r->headers_out.content_length_n = 16;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  r->headers_out.status = NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return ngx_http_send_header(r);
}

// Only the request sent with 204 has a finding.
void twoRequests(ngx_http_request_t *quiet, ngx_http_request_t *loud) {
  loud->headers_out.content_length_n = 5;
  quiet->headers_out.content_length_n = 5;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  loud->headers_out.status = NGX_HTTP_OK;
  quiet->headers_out.status = NGX_HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  ngx_http_send_header(loud);
  ngx_http_send_header(quiet);
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
ngx_int_t notModified(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NOT_MODIFIED;
  r->headers_out.content_length_n = 1024;
  return ngx_http_send_header(r);
}

// A 205 may say that it has no content.
ngx_int_t resetContent(ngx_http_request_t *r) {
  r->headers_out.status = 205;
  r->headers_out.content_length_n = 0;
  return ngx_http_send_header(r);
}

ngx_int_t statusOverwritten(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  r->headers_out.content_length_n = 5;
  r->headers_out.status = NGX_HTTP_OK;
  return ngx_http_send_header(r);
}

// -1 is "no length".
ngx_int_t lengthUnset(ngx_http_request_t *r) {
  r->headers_out.content_length_n = 5;
  r->headers_out.content_length_n = -1;
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  return ngx_http_send_header(r);
}

// ngx_http_clear_content_length expands to content_length_n = -1 and drops
// the pushed entry.
ngx_int_t lengthCleared(ngx_http_request_t *r) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_HTTP_INTERNAL_SERVER_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Content-Length");
  ngx_str_set(&h->value, "5");
  r->headers_out.content_length = h;
  r->headers_out.content_length_n = 5;
  ngx_http_clear_content_length(r);
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  return ngx_http_send_header(r);
}

// A pushed Content-Length on a 304 is allowed; other names are no framing.
ngx_int_t pushedOnNotModified(ngx_http_request_t *r) {
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Content-Length");
  ngx_str_set(&h->value, "1024");
  r->headers_out.status = NGX_HTTP_NOT_MODIFIED;
  return ngx_http_send_header(r);
}

ngx_int_t pushedOtherNames(ngx_http_request_t *r) {
  ngx_table_elt_t *h;
  h = ngx_list_push(&r->headers_out.headers);
  if (h == NULL)
    return NGX_ERROR;
  h->hash = 1;
  ngx_str_set(&h->key, "Content-Language");
  ngx_str_set(&h->value, "Content-Length");
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  return ngx_http_send_header(r);
}

// Another list's entries are not the response's headers, and a variable
// that may hold another entry is not followed.
ngx_int_t pushedElsewhere(ngx_http_request_t *r, ngx_list_t *list,
                          ngx_table_elt_t *spare) {
  ngx_table_elt_t *t = ngx_list_push(&r->headers_out.trailers);
  ngx_table_elt_t *other = ngx_list_push(list);
  ngx_table_elt_t *h = ngx_list_push(&r->headers_out.headers);
  if (t == NULL || other == NULL || h == NULL)
    return NGX_ERROR;
  ngx_str_set(&t->key, "Content-Length");
  ngx_str_set(&other->key, "Transfer-Encoding");
  if (r->method == NGX_HTTP_HEAD)
    h = spare;
  ngx_str_set(&h->key, "Content-Length");
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  return ngx_http_send_header(r);
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

ngx_int_t earlyReturn(ngx_http_request_t *r) {
  if (r->method == NGX_HTTP_DELETE) {
    r->headers_out.status = NGX_HTTP_NO_CONTENT;
    return ngx_http_send_header(r);
  }
  r->headers_out.status = NGX_HTTP_OK;
  r->headers_out.content_length_n = 5;
  return ngx_http_send_header(r);
}

ngx_int_t okWithLength(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_OK;
  r->headers_out.content_length_n = 5;
  return ngx_http_send_header(r);
}

void twoRequestsApart(ngx_http_request_t *quiet, ngx_http_request_t *loud) {
  loud->headers_out.content_length_n = 5;
  quiet->headers_out.status = NGX_HTTP_NO_CONTENT;
  loud->headers_out.status = NGX_HTTP_OK;
  ngx_http_send_header(quiet);
  ngx_http_send_header(loud);
}

// ngx_http_send_response sets content_length_n itself (and nginx resets it
// for a 204): nothing in the handler to fix.
ngx_int_t sendResponse(ngx_http_request_t *r) {
  ngx_http_complex_value_t cv;
  ngx_memzero(&cv, sizeof(cv));
  return ngx_http_send_response(r, NGX_HTTP_NO_CONTENT, NULL, &cv);
}

// What a declared-only function does to the request cannot be seen:
// forgotten.
ngx_int_t helperMayRemoveIt(ngx_http_request_t *r) {
  r->headers_out.content_length_n = 0;
  decorate(r);
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  return ngx_http_send_header(r);
}

// nginx adds nothing to an empty 204.
ngx_int_t emptyNoContent(ngx_http_request_t *r) {
  r->headers_out.status = NGX_HTTP_NO_CONTENT;
  r->header_only = 1;
  return ngx_http_send_header(r);
}

// Returned codes that are not statuses leave it.
ngx_int_t declined(ngx_http_request_t *r) {
  r->headers_out.content_length_n = 5;
  if (r->method != NGX_HTTP_GET)
    return NGX_DECLINED;
  r->headers_out.status = NGX_HTTP_OK;
  return ngx_http_send_header(r);
}
