// Served by the fuzz target in place of the C library header: see fuzz_libc.h.
#include <fuzz_libc.h>
