// Declaration-only stand-in for Jansson 2.14 (Debian's libjansson-dev), which
// ulfius.h brings: the JSON values the ulfius check tests build, with the
// names and signatures of the real <jansson.h>. It is not the upstream
// header.

#ifndef JANSSON_H
#define JANSSON_H

#include <fuzz_libc.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
  JSON_OBJECT,
  JSON_ARRAY,
  JSON_STRING,
  JSON_INTEGER,
  JSON_REAL,
  JSON_TRUE,
  JSON_FALSE,
  JSON_NULL
} json_type;

typedef struct json_t {
  json_type type;
  volatile size_t refcount;
} json_t;

typedef long long json_int_t;

json_t *json_object(void);
json_t *json_array(void);
json_t *json_string(const char *value);
json_t *json_integer(json_int_t value);
void json_delete(json_t *json);
void json_decref(json_t *json);
size_t json_array_size(const json_t *array);
int json_array_append_new(json_t *array, json_t *value);
json_t *json_pack(const char *fmt, ...);

#ifdef __cplusplus
}
#endif

#endif // JANSSON_H
