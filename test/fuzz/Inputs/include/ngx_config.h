// Declaration-only stand-in for nginx 1.22.1 (the module headers of Debian's
// nginx-dev), for http-tidy's fuzz target and the tests that replay its
// inputs. ngx_config.h, ngx_core.h and ngx_http.h together hold what the C
// check tests use, with the names, types, macros and signatures of the real
// headers; the structs keep only the members those tests touch (and keep the
// member types), so they are not layout-compatible. It is not the upstream
// code and implements nothing.

#ifndef _NGX_CONFIG_H_INCLUDED_
#define _NGX_CONFIG_H_INCLUDED_

#include <fuzz_libc.h>

#define nginx_version 1022001
#define NGX_VERSION "1.22.1"
#define ngx_cdecl

typedef intptr_t ngx_int_t;
typedef uintptr_t ngx_uint_t;
typedef intptr_t ngx_flag_t;

#define NGX_OFF_T_LEN (sizeof("-9223372036854775808") - 1)

#endif // _NGX_CONFIG_H_INCLUDED_
