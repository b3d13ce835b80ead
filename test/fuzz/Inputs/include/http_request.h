// Declaration-only stand-in for Apache httpd 2.4 and APR 1.7 (Debian's
// apache2-dev and libapr1-dev), for http-tidy's fuzz target and the tests that
// replay its inputs: what the C check tests use from the real header of this
// name, with its names, types, macros and signatures. request_rec keeps only
// the members those tests touch. It is not the upstream code and implements
// nothing.

#ifndef APACHE_HTTP_REQUEST_H
#define APACHE_HTTP_REQUEST_H

#include <httpd.h>

#ifdef __cplusplus
extern "C" {
#endif

void ap_allow_methods(request_rec *r, int reset, ...) __attribute__((sentinel));
void ap_die(int type, request_rec *r);

#ifdef __cplusplus
}
#endif

#endif // APACHE_HTTP_REQUEST_H
