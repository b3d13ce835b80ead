// Declaration-only stand-in for Apache httpd 2.4 and APR 1.7 (Debian's
// apache2-dev and libapr1-dev), for http-tidy's fuzz target and the tests that
// replay its inputs: what the C check tests use from the real header of this
// name, with its names, types, macros and signatures. request_rec keeps only
// the members those tests touch. It is not the upstream code and implements
// nothing.

#ifndef APACHE_HTTP_CONFIG_H
#define APACHE_HTTP_CONFIG_H

#include <httpd.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct command_struct command_rec;
typedef struct process_rec process_rec;

#define MODULE_MAGIC_COOKIE 0x41503234UL
#define MODULE_MAGIC_NUMBER_MAJOR 20120211
#define MODULE_MAGIC_NUMBER_MINOR 142
#define AP_MODULE_FLAG_NONE (0)
#define APR_HOOK_REALLY_FIRST (-10)
#define APR_HOOK_FIRST 0
#define APR_HOOK_MIDDLE 10
#define APR_HOOK_LAST 20

typedef struct module_struct module;
struct module_struct {
  int version;
  int minor_version;
  int module_index;
  const char *name;
  void *dynamic_load_handle;
  struct module_struct *next;
  unsigned long magic;
  void (*rewrite_args)(process_rec *process);
  void *(*create_dir_config)(apr_pool_t *p, char *dir);
  void *(*merge_dir_config)(apr_pool_t *p, void *base_conf, void *new_conf);
  void *(*create_server_config)(apr_pool_t *p, server_rec *s);
  void *(*merge_server_config)(apr_pool_t *p, void *base_conf,
                               void *new_conf);
  const command_rec *cmds;
  void (*register_hooks)(apr_pool_t *p);
  int flags;
};

#define STANDARD20_MODULE_STUFF                                                \
  MODULE_MAGIC_NUMBER_MAJOR, MODULE_MAGIC_NUMBER_MINOR, -1, __FILE__, NULL,    \
      NULL, MODULE_MAGIC_COOKIE, NULL

// What AP_DECLARE_HOOK(int, handler, (request_rec *r)) declares.
typedef int ap_HOOK_handler_t(request_rec *r);
void ap_hook_handler(ap_HOOK_handler_t *pf, const char *const *aszPre,
                     const char *const *aszSucc, int nOrder);

#ifdef __cplusplus
}
#endif

#endif // APACHE_HTTP_CONFIG_H
