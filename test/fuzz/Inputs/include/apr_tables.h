// Declaration-only stand-in for Apache httpd 2.4 and APR 1.7 (Debian's
// apache2-dev and libapr1-dev), for http-tidy's fuzz target and the tests that
// replay its inputs: what the C check tests use from the real header of this
// name, with its names, types, macros and signatures. request_rec keeps only
// the members those tests touch. It is not the upstream code and implements
// nothing.

#ifndef APR_TABLES_H
#define APR_TABLES_H

#include <apr.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct apr_table_t apr_table_t;

const char *apr_table_get(const apr_table_t *t, const char *key);
void apr_table_set(apr_table_t *t, const char *key, const char *val);
void apr_table_setn(apr_table_t *t, const char *key, const char *val);
void apr_table_unset(apr_table_t *t, const char *key);
void apr_table_merge(apr_table_t *t, const char *key, const char *val);
void apr_table_mergen(apr_table_t *t, const char *key, const char *val);
void apr_table_add(apr_table_t *t, const char *key, const char *val);
void apr_table_addn(apr_table_t *t, const char *key, const char *val);
void apr_table_clear(apr_table_t *t);

#ifdef __cplusplus
}
#endif

#endif // APR_TABLES_H
