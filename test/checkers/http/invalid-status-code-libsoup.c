// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c11 -I/usr/include/libsoup-3.0 -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
// libsoup 3.2.3 (server) from Debian's libsoup-3.0-dev: the status is the
// guint status_code of soup_server_message_set_status and
// soup_server_message_set_redirect, or a number converted to SoupStatus;
// soup_server_message_get_status reads it back.
#include <libsoup/soup.h>

#define STATUS_TYPO 2040

static void reply(SoupServerMessage *msg, guint status, const char *text) {
  soup_server_message_set_status(msg, status, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_COPY, text,
                                   strlen(text));
}

// --- Findings ---------------------------------------------------------------

void typos(SoupServer *server, SoupServerMessage *msg, const char *path,
           GHashTable *query, gpointer data) {
  if (query == NULL)
    soup_server_message_set_status(msg, 2004, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  else if (data == NULL)
    soup_server_message_set_status(msg, STATUS_TYPO, "Typo");
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 2040 is outside 100 to 599
  else
    soup_server_message_set_status(msg, path[1] ? 40 : 200, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 40 is outside 100 to 599
}

void moved(SoupServer *server, SoupServerMessage *msg, const char *path,
           GHashTable *query, gpointer data) {
  soup_server_message_set_redirect(msg, 3010, "/elsewhere");
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 3010 is outside 100 to 599
}

// A number converted to SoupStatus that is not compared.
void converted(SoupServer *server, SoupServerMessage *msg, const char *path,
               GHashTable *query, gpointer data) {
  SoupStatus status = (SoupStatus)2010;
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: status code 2010 is outside 100 to 599
  soup_server_message_set_status(msg, status, NULL);
}

// Through a helper's status parameter: reported at the call.
void helper(SoupServer *server, SoupServerMessage *msg, const char *path,
            GHashTable *query, gpointer data) {
  reply(msg, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 600 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(SoupServer *server, SoupServerMessage *msg, const char *path,
           GHashTable *query, gpointer data) {
  if (query == NULL) {
    reply(msg, 100, "");
    return;
  }
  soup_server_message_set_status(msg, 599, NULL);
}

// A comparison tests the status; it sends nothing. 0 is the status of a
// message no handler answered yet.
int compared(SoupServerMessage *msg, SoupMessage *upstream) {
  if (soup_server_message_get_status(msg) == 0 ||
      soup_server_message_get_status(msg) != 2004)
    return 1;
  if ((SoupStatus)2004 == soup_server_message_get_status(msg))
    return 2;
  if (soup_message_get_status(upstream) == 0)
    return 3;
  switch (soup_server_message_get_status(msg)) {
  case 2004:
    return 4;
  default:
    return 0;
  }
}

// Another object's int field, numbers given to no status position (a
// length, a size), and an unrelated function's argument.
struct job {
  guint status;
};
void otherObject(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  struct job *job = data;
  char *page = g_malloc0(2004);
  SoupMessageHeaders *headers =
      soup_server_message_get_response_headers(msg);
  job->status = 2004;
  soup_message_headers_set_content_length(headers, 2004);
  soup_message_headers_replace(headers, "Retry-After", "3600");
  soup_message_body_append_take(soup_server_message_get_response_body(msg),
                                (guchar *)page, 2004);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}
