// Declaration-only stand-in for nginx 1.22.1 (the module headers of Debian's
// nginx-dev), for http-tidy's fuzz target and the tests that replay its
// inputs. ngx_config.h, ngx_core.h and ngx_http.h together hold what the C
// check tests use, with the names, types, macros and signatures of the real
// headers; the structs keep only the members those tests touch (and keep the
// member types), so they are not layout-compatible. It is not the upstream
// code and implements nothing.

#ifndef _NGX_CORE_H_INCLUDED_
#define _NGX_CORE_H_INCLUDED_

#include <ngx_config.h>

typedef struct ngx_module_s ngx_module_t;
typedef struct ngx_conf_s ngx_conf_t;
typedef struct ngx_cycle_s ngx_cycle_t;
typedef struct ngx_pool_s ngx_pool_t;
typedef struct ngx_chain_s ngx_chain_t;
typedef struct ngx_log_s ngx_log_t;
typedef struct ngx_file_s ngx_file_t;
typedef struct ngx_command_s ngx_command_t;
typedef struct ngx_buf_s ngx_buf_t;
typedef unsigned char u_char;
typedef void *ngx_buf_tag_t;

#define NGX_OK 0
#define NGX_ERROR -1
#define NGX_AGAIN -2
#define NGX_BUSY -3
#define NGX_DONE -4
#define NGX_DECLINED -5
#define NGX_ABORT -6

typedef struct {
  size_t len;
  u_char *data;
} ngx_str_t;

#define ngx_string(str) {sizeof(str) - 1, (u_char *)str}
#define ngx_null_string {0, NULL}
#define ngx_str_set(str, text)                                                 \
  (str)->len = sizeof(text) - 1;                                               \
  (str)->data = (u_char *)text
#define ngx_str_null(str)                                                      \
  (str)->len = 0;                                                              \
  (str)->data = NULL

#define ngx_strncmp(s1, s2, n) strncmp((const char *)s1, (const char *)s2, n)
#define ngx_strcmp(s1, s2) strcmp((const char *)s1, (const char *)s2)
#define ngx_strlen(s) strlen((const char *)s)
#define ngx_memzero(buf, n) (void)memset(buf, 0, n)
#define ngx_memset(buf, c, n) (void)memset(buf, c, n)
#define ngx_memcpy(dst, src, n) (void)memcpy(dst, src, n)
#define ngx_cpymem(dst, src, n) (((u_char *)memcpy(dst, src, n)) + (n))

u_char *ngx_cdecl ngx_sprintf(u_char *buf, const char *fmt, ...);
u_char *ngx_cdecl ngx_snprintf(u_char *buf, size_t max, const char *fmt, ...);

void *ngx_palloc(ngx_pool_t *pool, size_t size);
void *ngx_pnalloc(ngx_pool_t *pool, size_t size);
void *ngx_pcalloc(ngx_pool_t *pool, size_t size);

typedef struct ngx_list_part_s ngx_list_part_t;
struct ngx_list_part_s {
  void *elts;
  ngx_uint_t nelts;
  ngx_list_part_t *next;
};
typedef struct {
  ngx_list_part_t *last;
  ngx_list_part_t part;
  size_t size;
  ngx_uint_t nalloc;
  ngx_pool_t *pool;
} ngx_list_t;
void *ngx_list_push(ngx_list_t *list);

typedef struct {
  void *elts;
  ngx_uint_t nelts;
  size_t size;
  ngx_uint_t nalloc;
  ngx_pool_t *pool;
} ngx_array_t;

typedef struct {
  ngx_uint_t hash;
  ngx_str_t key;
  ngx_str_t value;
  u_char *lowcase_key;
} ngx_table_elt_t;

struct ngx_buf_s {
  u_char *pos;
  u_char *last;
  off_t file_pos;
  off_t file_last;
  u_char *start;
  u_char *end;
  ngx_buf_tag_t tag;
  ngx_file_t *file;
  ngx_buf_t *shadow;
  unsigned temporary : 1;
  unsigned memory : 1;
  unsigned mmap : 1;
  unsigned recycled : 1;
  unsigned in_file : 1;
  unsigned flush : 1;
  unsigned sync : 1;
  unsigned last_buf : 1;
  unsigned last_in_chain : 1;
  unsigned last_shadow : 1;
  unsigned temp_file : 1;
  int num;
};

struct ngx_chain_s {
  ngx_buf_t *buf;
  ngx_chain_t *next;
};

ngx_buf_t *ngx_create_temp_buf(ngx_pool_t *pool, size_t size);
ngx_chain_t *ngx_alloc_chain_link(ngx_pool_t *pool);
#define ngx_calloc_buf(pool) ngx_pcalloc(pool, sizeof(ngx_buf_t))

#define NGX_CONF_NOARGS 0x00000001
#define NGX_CONF_TAKE1 0x00000002
#define NGX_CONF_OK NULL
#define NGX_CONF_ERROR (void *)-1

struct ngx_command_s {
  ngx_str_t name;
  ngx_uint_t type;
  char *(*set)(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
  ngx_uint_t conf;
  ngx_uint_t offset;
  void *post;
};
#define ngx_null_command {ngx_null_string, 0, NULL, 0, 0, NULL}

struct ngx_conf_s {
  char *name;
  ngx_array_t *args;
  ngx_cycle_t *cycle;
  ngx_pool_t *pool;
  ngx_pool_t *temp_pool;
  void *conf_file;
  ngx_log_t *log;
  void *ctx;
  ngx_uint_t module_type;
  ngx_uint_t cmd_type;
};

#define NGX_MODULE_UNSET_INDEX (ngx_uint_t) - 1
// The real signature is a string of build options; its value does not matter
// to a module's source.
#define NGX_MODULE_SIGNATURE "8,4,8,0000111111010111001110111111000110"
#define NGX_MODULE_V1                                                          \
  NGX_MODULE_UNSET_INDEX, NGX_MODULE_UNSET_INDEX, NULL, 0, 0, nginx_version,   \
      NGX_MODULE_SIGNATURE
#define NGX_MODULE_V1_PADDING 0, 0, 0, 0, 0, 0, 0, 0

struct ngx_module_s {
  ngx_uint_t ctx_index;
  ngx_uint_t index;
  char *name;
  ngx_uint_t spare0;
  ngx_uint_t spare1;
  ngx_uint_t version;
  const char *signature;
  void *ctx;
  ngx_command_t *commands;
  ngx_uint_t type;
  ngx_int_t (*init_master)(ngx_log_t *log);
  ngx_int_t (*init_module)(ngx_cycle_t *cycle);
  ngx_int_t (*init_process)(ngx_cycle_t *cycle);
  ngx_int_t (*init_thread)(ngx_cycle_t *cycle);
  void (*exit_thread)(ngx_cycle_t *cycle);
  void (*exit_process)(ngx_cycle_t *cycle);
  void (*exit_master)(ngx_cycle_t *cycle);
  uintptr_t spare_hook0;
  uintptr_t spare_hook1;
  uintptr_t spare_hook2;
  uintptr_t spare_hook3;
  uintptr_t spare_hook4;
  uintptr_t spare_hook5;
  uintptr_t spare_hook6;
  uintptr_t spare_hook7;
};

#endif // _NGX_CORE_H_INCLUDED_
