// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c11 -I/usr/include/libsoup-3.0 -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
// libsoup 3 from Debian's libsoup-3.0-dev: soup_server_message_set_status
// sends the reason phrase it is given (NULL: the code's own).
#include <libsoup/soup.h>

void deleted(SoupServerMessage *msg) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, "OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content) [http-status-reason-mismatch]
  // CHECK-FIXES: soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, "No Content");
}

void number(SoupServerMessage *msg) {
  soup_server_message_set_status(msg, 503, "Gateway Timeout");
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: reason phrase 'Gateway Timeout' is the phrase of status 504, not of 503 (Service Unavailable)
  // CHECK-FIXES: soup_server_message_set_status(msg, 503, "Service Unavailable");
}

// --- No findings ------------------------------------------------------------

void own(SoupServerMessage *msg, const char *why) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, "No Content");
  soup_server_message_set_status(msg, SOUP_STATUS_NOT_FOUND, why);
  soup_server_message_set_status(msg, SOUP_STATUS_NOT_FOUND, "No such feed");
}
