// Declaration-only stand-in for Orcania 2.3 (Debian's liborcania-dev), which
// ulfius.h brings: the allocation helpers the ulfius check tests use, with
// the names and signatures of the real <orcania.h>. It is not the upstream
// header.

#ifndef __ORCANIA_H__
#define __ORCANIA_H__

#include <fuzz_libc.h>

#ifdef __cplusplus
extern "C" {
#endif

void *o_malloc(size_t size);
void o_free(void *ptr);
char *o_strdup(const char *source);

#ifdef __cplusplus
}
#endif

#endif // __ORCANIA_H__
