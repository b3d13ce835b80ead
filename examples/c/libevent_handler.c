// A libevent evhttp handler with the mistakes http-tidy finds.
#include <event2/buffer.h>
#include <event2/http.h>
#include <stddef.h>

int delete_item(const char *uri);

// DELETE /items/<id>: answers 204 but still sends a confirmation text, and a
// Content-Length that a 204 must not carry.
void on_delete(struct evhttp_request *req, void *arg) {
  (void)arg;
  struct evbuffer *out = evhttp_request_get_output_buffer(req);
  if (!delete_item(evhttp_request_get_uri(req))) {
    evhttp_send_error(req, HTTP_NOTFOUND, "No such item");
    return;
  }
  evbuffer_add_printf(out, "deleted\n");
  evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Length",
                    "8");
  evhttp_send_reply(req, 204, "No Content", NULL);
}
