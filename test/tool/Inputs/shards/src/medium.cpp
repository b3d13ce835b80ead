// The second largest file: shard 2 of 4. A status code written as a number
// where libmicrohttpd has a named constant for it.
#include <microhttpd.h>

MHD_Result removed(MHD_Connection *c, MHD_Response *gone) {
  return MHD_queue_response(c, 204, gone);
}
