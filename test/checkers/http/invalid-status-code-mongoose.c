// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c11 -isystem %inputs/mongoose-7.22
// mongoose 7.22, through a declaration-only header that mirrors its
// mongoose.h: the status is the int code of mg_http_reply, which writes it
// into the status line as it is.
#include <mongoose.h>
#include <stddef.h>

#define STATUS_TYPO 2040

static void reply(struct mg_connection *c, int status, const char *text) {
  mg_http_reply(c, status, "Content-Type: text/plain\r\n", "%s", text);
}

static void replyOrOk(struct mg_connection *c, int status, const char *text) {
  mg_http_reply(c, status ? status : 200, "", "%s", text);
}

// --- Findings ---------------------------------------------------------------

void typos(struct mg_connection *c, int ev, void *ev_data) {
  if (ev != MG_EV_HTTP_MSG)
    return;
  if (ev_data == NULL) {
    mg_http_reply(c, 2004, "", "");
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
    return;
  }
  mg_http_reply(c, STATUS_TYPO, "", "%s", "typo");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: status code 2040 is outside 100 to 599
}

void chosen(struct mg_connection *c, int ok) {
  mg_http_reply(c, ok ? 40 : 200, "", "%s", ok ? "found" : "missing");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: status code 40 is outside 100 to 599
}

// Through a helper's status parameter: reported at the call.
void helper(struct mg_connection *c, int ev, void *ev_data) {
  reply(c, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: status code 600 is outside 100 to 599
}

// The helper sends 200 when its status is 0: 0 given to it is no status.
void helperDefault(struct mg_connection *c, int ev, void *ev_data) {
  replyOrOk(c, 0, "ok");
}

// A status line the handler writes itself: mongoose sends it as it is.
void rawStatusLine(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 2004 No Content\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: status line 'HTTP/1.1 2004 No Content' has no three-digit code from 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(struct mg_connection *c, int early) {
  if (early) {
    reply(c, 100, "");
    return;
  }
  mg_http_reply(c, 599, "", "");
}

// The status of a parsed response, compared: mongoose has no getter of the
// status a handler sends.
int clientSide(const struct mg_http_message *hm) {
  return mg_http_status(hm) == 0 || mg_http_status(hm) != 2004;
}

// Another object's int field, numbers given to no status position (a size,
// a length, a printed number), and an unrelated function's argument.
struct job {
  int status;
};
void otherObject(struct mg_connection *c, struct job *job) {
  char buffer[2004] = {0};
  job->status = 2004;
  mg_send(c, buffer, 2004);
  mg_http_write_chunk(c, buffer, 2004);
  mg_http_reply(c, 200, "Retry-After: 3600\r\n", "%d items, %d missing", 2004,
                40);
  mg_snprintf(buffer, 2004, "%d", 2004);
}
