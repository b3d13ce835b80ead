// The few parts of the C library that the C framework stand-ins of the fuzz
// target and the C handler code use, with the C standard's and POSIX's names
// and signatures for x86-64 Linux. The standard headers next to this one
// (stddef.h, string.h, ...) all bring this one file, so that a C input parses
// a few hundred lines instead of glibc. Declaration-only; nothing is linked.

#ifndef HTTP_TIDY_FUZZ_LIBC_H
#define HTTP_TIDY_FUZZ_LIBC_H

#ifdef __cplusplus
extern "C" {
#endif

typedef __SIZE_TYPE__ size_t;
typedef long ssize_t;
typedef long off_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef int pid_t;
typedef long time_t;
typedef __builtin_va_list va_list;

#ifndef NULL
#ifdef __cplusplus
#define NULL nullptr
#else
#define NULL ((void *)0)
#endif
#endif
#define UINT64_MAX 18446744073709551615UL
#define SIZE_MAX UINT64_MAX
#define INT32_MAX 2147483647
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_end(ap) __builtin_va_end(ap)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_copy(dest, src) __builtin_va_copy(dest, src)

size_t strlen(const char *s);
int strcmp(const char *s1, const char *s2);
int strncmp(const char *s1, const char *s2, size_t n);
int strcasecmp(const char *s1, const char *s2);
char *strcpy(char *dest, const char *src);
char *strncpy(char *dest, const char *src, size_t n);
char *strcat(char *dest, const char *src);
char *strchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strdup(const char *s);
void *memset(void *s, int c, size_t n);
void *memcpy(void *dest, const void *src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
int memcmp(const void *s1, const void *s2, size_t n);

typedef struct _IO_FILE FILE;
extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
int printf(const char *format, ...);
int fprintf(FILE *stream, const char *format, ...);
int sprintf(char *str, const char *format, ...);
int snprintf(char *str, size_t size, const char *format, ...);
int vsnprintf(char *str, size_t size, const char *format, va_list ap);
int puts(const char *s);
int getchar(void);
int fputs(const char *s, FILE *stream);
void perror(const char *s);

void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);
int atoi(const char *nptr);
long strtol(const char *nptr, char **endptr, int base);
char *getenv(const char *name);
void abort(void);
void exit(int status);

int open(const char *pathname, int flags, ...);
int close(int fd);
ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);

typedef unsigned short sa_family_t;
typedef unsigned int socklen_t;
typedef uint32_t in_addr_t;
typedef uint16_t in_port_t;
struct sockaddr {
  sa_family_t sa_family;
  char sa_data[14];
};
struct in_addr {
  in_addr_t s_addr;
};
struct sockaddr_in {
  sa_family_t sin_family;
  in_port_t sin_port;
  struct in_addr sin_addr;
  unsigned char sin_zero[8];
};
#define AF_INET 2
#define SOCK_STREAM 1
#define INADDR_ANY ((in_addr_t)0x00000000)
#define SOL_SOCKET 1
#define SO_REUSEADDR 2
#define SOMAXCONN 4096
int socket(int domain, int type, int protocol);
int bind(int sockfd, const struct sockaddr *addr, socklen_t addrlen);
int listen(int sockfd, int backlog);
int setsockopt(int sockfd, int level, int optname, const void *optval,
               socklen_t optlen);
uint16_t htons(uint16_t hostshort);
uint32_t htonl(uint32_t hostlong);

#ifdef __cplusplus
}
#endif

#endif // HTTP_TIDY_FUZZ_LIBC_H
