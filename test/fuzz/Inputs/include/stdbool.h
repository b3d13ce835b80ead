// Served by the fuzz target in place of the compiler's header.
#ifndef HTTP_TIDY_FUZZ_STDBOOL_H
#define HTTP_TIDY_FUZZ_STDBOOL_H
#ifndef __cplusplus
#define bool _Bool
#define true 1
#define false 0
#endif
#endif
