// Declaration-only stand-in for Apache httpd 2.4 and APR 1.7 (Debian's
// apache2-dev and libapr1-dev), for http-tidy's fuzz target and the tests that
// replay its inputs: what the C check tests use from the real header of this
// name, with its names, types, macros and signatures. request_rec keeps only
// the members those tests touch. It is not the upstream code and implements
// nothing.

#ifndef APR_STRINGS_H
#define APR_STRINGS_H

#include <apr.h>

#ifdef __cplusplus
extern "C" {
#endif

char *apr_pstrdup(apr_pool_t *p, const char *s);
char *apr_pstrcat(apr_pool_t *p, ...);
char *apr_psprintf(apr_pool_t *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *apr_cpystrn(char *dst, const char *src, apr_size_t dst_size);
int apr_snprintf(char *buf, apr_size_t len, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

#ifdef __cplusplus
}
#endif

#endif // APR_STRINGS_H
