// Declaration-only stand-in for Apache httpd 2.4 and APR 1.7 (Debian's
// apache2-dev and libapr1-dev), for http-tidy's fuzz target and the tests that
// replay its inputs: what the C check tests use from the real header of this
// name, with its names, types, macros and signatures. request_rec keeps only
// the members those tests touch. It is not the upstream code and implements
// nothing.

#ifndef APACHE_HTTP_PROTOCOL_H
#define APACHE_HTTP_PROTOCOL_H

#include <httpd.h>

#ifdef __cplusplus
extern "C" {
#endif

void ap_set_content_length(request_rec *r, apr_off_t length);
void ap_set_content_type(request_rec *r, const char *ct);
apr_status_t ap_send_fd(apr_file_t *fd, request_rec *r, apr_off_t offset,
                        apr_size_t length, apr_size_t *nbytes);
int ap_rputc(int c, request_rec *r);
int ap_rwrite(const void *buf, int nbyte, request_rec *r);
// An inline function in the real header, around ap_rwrite.
static inline int ap_rputs(const char *str, request_rec *r) {
  return ap_rwrite(str, (int)strlen(str), r);
}
int ap_rvputs(request_rec *r, ...) __attribute__((sentinel));
int ap_vrprintf(request_rec *r, const char *fmt, va_list vlist);
int ap_rprintf(request_rec *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int ap_rflush(request_rec *r);
int ap_discard_request_body(request_rec *r);
int ap_setup_client_block(request_rec *r, int read_policy);
int ap_should_client_block(request_rec *r);
long ap_get_client_block(request_rec *r, char *buffer, apr_size_t bufsiz);

#ifdef __cplusplus
}
#endif

#endif // APACHE_HTTP_PROTOCOL_H
