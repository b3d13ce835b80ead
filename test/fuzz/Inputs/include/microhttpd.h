// Declaration-only stand-in for libmicrohttpd 0.9.75 (Debian's
// libmicrohttpd-dev), for http-tidy's fuzz target and the tests that replay
// its inputs: the response, daemon and connection API that the C check tests
// use, with the names, signatures and constant values of the real
// <microhttpd.h>, on the C library subset of fuzz_libc.h. It is not the
// upstream header and implements nothing.

#ifndef MHD_MICROHTTPD_H
#define MHD_MICROHTTPD_H

#include <fuzz_libc.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MHD_VERSION 0x00097500

enum MHD_Result { MHD_NO = 0, MHD_YES = 1 };

#define MHD_SIZE_UNKNOWN ((uint64_t)-1LL)
#define MHD_CONTENT_READER_END_OF_STREAM ((ssize_t)-1)
#define MHD_CONTENT_READER_END_WITH_ERROR ((ssize_t)-2)

typedef int MHD_socket;

#define MHD_HTTP_CONTINUE 100
#define MHD_HTTP_SWITCHING_PROTOCOLS 101
#define MHD_HTTP_PROCESSING 102
#define MHD_HTTP_EARLY_HINTS 103
#define MHD_HTTP_OK 200
#define MHD_HTTP_CREATED 201
#define MHD_HTTP_ACCEPTED 202
#define MHD_HTTP_NON_AUTHORITATIVE_INFORMATION 203
#define MHD_HTTP_NO_CONTENT 204
#define MHD_HTTP_RESET_CONTENT 205
#define MHD_HTTP_PARTIAL_CONTENT 206
#define MHD_HTTP_MULTI_STATUS 207
#define MHD_HTTP_ALREADY_REPORTED 208
#define MHD_HTTP_IM_USED 226
#define MHD_HTTP_MULTIPLE_CHOICES 300
#define MHD_HTTP_MOVED_PERMANENTLY 301
#define MHD_HTTP_FOUND 302
#define MHD_HTTP_SEE_OTHER 303
#define MHD_HTTP_NOT_MODIFIED 304
#define MHD_HTTP_USE_PROXY 305
#define MHD_HTTP_SWITCH_PROXY 306
#define MHD_HTTP_TEMPORARY_REDIRECT 307
#define MHD_HTTP_PERMANENT_REDIRECT 308
#define MHD_HTTP_BAD_REQUEST 400
#define MHD_HTTP_UNAUTHORIZED 401
#define MHD_HTTP_PAYMENT_REQUIRED 402
#define MHD_HTTP_FORBIDDEN 403
#define MHD_HTTP_NOT_FOUND 404
#define MHD_HTTP_METHOD_NOT_ALLOWED 405
#define MHD_HTTP_NOT_ACCEPTABLE 406
#define MHD_HTTP_PROXY_AUTHENTICATION_REQUIRED 407
#define MHD_HTTP_REQUEST_TIMEOUT 408
#define MHD_HTTP_CONFLICT 409
#define MHD_HTTP_GONE 410
#define MHD_HTTP_LENGTH_REQUIRED 411
#define MHD_HTTP_PRECONDITION_FAILED 412
#define MHD_HTTP_CONTENT_TOO_LARGE 413
#define MHD_HTTP_URI_TOO_LONG 414
#define MHD_HTTP_UNSUPPORTED_MEDIA_TYPE 415
#define MHD_HTTP_RANGE_NOT_SATISFIABLE 416
#define MHD_HTTP_EXPECTATION_FAILED 417
#define MHD_HTTP_MISDIRECTED_REQUEST 421
#define MHD_HTTP_UNPROCESSABLE_CONTENT 422
#define MHD_HTTP_LOCKED 423
#define MHD_HTTP_FAILED_DEPENDENCY 424
#define MHD_HTTP_TOO_EARLY 425
#define MHD_HTTP_UPGRADE_REQUIRED 426
#define MHD_HTTP_PRECONDITION_REQUIRED 428
#define MHD_HTTP_TOO_MANY_REQUESTS 429
#define MHD_HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE 431
#define MHD_HTTP_UNAVAILABLE_FOR_LEGAL_REASONS 451
#define MHD_HTTP_INTERNAL_SERVER_ERROR 500
#define MHD_HTTP_NOT_IMPLEMENTED 501
#define MHD_HTTP_BAD_GATEWAY 502
#define MHD_HTTP_SERVICE_UNAVAILABLE 503
#define MHD_HTTP_GATEWAY_TIMEOUT 504
#define MHD_HTTP_HTTP_VERSION_NOT_SUPPORTED 505
#define MHD_HTTP_VARIANT_ALSO_NEGOTIATES 506
#define MHD_HTTP_INSUFFICIENT_STORAGE 507
#define MHD_HTTP_LOOP_DETECTED 508
#define MHD_HTTP_NOT_EXTENDED 510
#define MHD_HTTP_NETWORK_AUTHENTICATION_REQUIRED 511
#define MHD_HTTP_RETRY_WITH 449
#define MHD_HTTP_BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS 450
#define MHD_HTTP_BANDWIDTH_LIMIT_EXCEEDED 509

#define MHD_HTTP_HEADER_ALLOW "Allow"
#define MHD_HTTP_HEADER_AUTHORIZATION "Authorization"
#define MHD_HTTP_HEADER_CACHE_CONTROL "Cache-Control"
#define MHD_HTTP_HEADER_CONTENT_LENGTH "Content-Length"
#define MHD_HTTP_HEADER_CONTENT_TYPE "Content-Type"
#define MHD_HTTP_HEADER_ETAG "ETag"
#define MHD_HTTP_HEADER_IF_NONE_MATCH "If-None-Match"
#define MHD_HTTP_HEADER_LOCATION "Location"
#define MHD_HTTP_HEADER_TRANSFER_ENCODING "Transfer-Encoding"
#define MHD_HTTP_HEADER_UPGRADE "Upgrade"
#define MHD_HTTP_METHOD_DELETE "DELETE"
#define MHD_HTTP_METHOD_GET "GET"
#define MHD_HTTP_METHOD_POST "POST"
#define MHD_HTTP_METHOD_PUT "PUT"

struct MHD_Daemon;
struct MHD_Connection;
struct MHD_Response;
struct MHD_UpgradeResponseHandle;

enum MHD_FLAG {
  MHD_NO_FLAG = 0,
  MHD_USE_ERROR_LOG = 1,
  MHD_USE_INTERNAL_POLLING_THREAD = 8,
  MHD_USE_AUTO = 65536,
  MHD_USE_AUTO_INTERNAL_THREAD = MHD_USE_AUTO | MHD_USE_INTERNAL_POLLING_THREAD
};

enum MHD_OPTION {
  MHD_OPTION_END = 0,
  MHD_OPTION_CONNECTION_MEMORY_LIMIT = 1,
  MHD_OPTION_CONNECTION_LIMIT = 2,
  MHD_OPTION_CONNECTION_TIMEOUT = 3
};

enum MHD_ValueKind {
  MHD_RESPONSE_HEADER_KIND = 0,
  MHD_HEADER_KIND = 1,
  MHD_COOKIE_KIND = 2,
  MHD_POSTDATA_KIND = 4,
  MHD_GET_ARGUMENT_KIND = 8,
  MHD_FOOTER_KIND = 16
};

enum MHD_ResponseMemoryMode {
  MHD_RESPMEM_PERSISTENT,
  MHD_RESPMEM_MUST_FREE,
  MHD_RESPMEM_MUST_COPY
};

enum MHD_UpgradeAction {
  MHD_UPGRADE_ACTION_CLOSE = 0,
  MHD_UPGRADE_ACTION_CORK_ON = 1,
  MHD_UPGRADE_ACTION_CORK_OFF = 2
};

struct MHD_IoVec {
  const void *iov_base;
  size_t iov_len;
};

typedef enum MHD_Result (*MHD_AcceptPolicyCallback)(void *cls,
                                                    const struct sockaddr *addr,
                                                    socklen_t addrlen);
typedef enum MHD_Result (*MHD_AccessHandlerCallback)(
    void *cls, struct MHD_Connection *connection, const char *url,
    const char *method, const char *version, const char *upload_data,
    size_t *upload_data_size, void **con_cls);
typedef ssize_t (*MHD_ContentReaderCallback)(void *cls, uint64_t pos,
                                             char *buf, size_t max);
typedef void (*MHD_ContentReaderFreeCallback)(void *cls);
typedef void (*MHD_UpgradeHandler)(void *cls, struct MHD_Connection *connection,
                                   void *con_cls, const char *extra_in,
                                   size_t extra_in_size, MHD_socket sock,
                                   struct MHD_UpgradeResponseHandle *urh);

struct MHD_Daemon *MHD_start_daemon(unsigned int flags, uint16_t port,
                                    MHD_AcceptPolicyCallback apc,
                                    void *apc_cls, MHD_AccessHandlerCallback dh,
                                    void *dh_cls, ...);
void MHD_stop_daemon(struct MHD_Daemon *daemon);

const char *MHD_lookup_connection_value(struct MHD_Connection *connection,
                                        enum MHD_ValueKind kind,
                                        const char *key);
const char *MHD_get_reason_phrase_for(unsigned int code);

enum MHD_Result MHD_queue_response(struct MHD_Connection *connection,
                                   unsigned int status_code,
                                   struct MHD_Response *response);

struct MHD_Response *MHD_create_response_from_buffer(
    size_t size, void *buffer, enum MHD_ResponseMemoryMode mode);
struct MHD_Response *MHD_create_response_from_buffer_with_free_callback(
    size_t size, void *buffer, MHD_ContentReaderFreeCallback crfc);
struct MHD_Response *MHD_create_response_from_data(size_t size, void *data,
                                                   int must_free,
                                                   int must_copy);
struct MHD_Response *
MHD_create_response_from_iovec(const struct MHD_IoVec *iov,
                               unsigned int iovcnt,
                               MHD_ContentReaderFreeCallback free_cb,
                               void *cls);
struct MHD_Response *
MHD_create_response_from_callback(uint64_t size, size_t block_size,
                                  MHD_ContentReaderCallback crc, void *crc_cls,
                                  MHD_ContentReaderFreeCallback crfc);
struct MHD_Response *MHD_create_response_from_fd(size_t size, int fd);
struct MHD_Response *MHD_create_response_from_pipe(int fd);
struct MHD_Response *
MHD_create_response_for_upgrade(MHD_UpgradeHandler upgrade_handler,
                                void *upgrade_handler_cls);
void MHD_destroy_response(struct MHD_Response *response);

enum MHD_Result MHD_add_response_header(struct MHD_Response *response,
                                        const char *header,
                                        const char *content);
enum MHD_Result MHD_add_response_footer(struct MHD_Response *response,
                                        const char *footer,
                                        const char *content);
enum MHD_Result MHD_del_response_header(struct MHD_Response *response,
                                        const char *header,
                                        const char *content);
const char *MHD_get_response_header(struct MHD_Response *response,
                                    const char *key);

enum MHD_Result MHD_upgrade_action(struct MHD_UpgradeResponseHandle *urh,
                                   enum MHD_UpgradeAction action, ...);

#ifdef __cplusplus
}
#endif

#endif // MHD_MICROHTTPD_H
