// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c11 -isystem %inputs/mongoose-7.22
// mongoose 7.22 has no named status codes (the status is a plain int, and its
// table of reason phrases is internal): there is no constant to suggest, so a
// number in a status position is never a finding. This file has no findings
// on purpose.
#include <mongoose.h>
#include <stddef.h>

#define NO_CONTENT 204

// --- No findings ------------------------------------------------------------

void replied(struct mg_connection *c) {
  mg_http_reply(c, 204, "", "");
}

void chosen(struct mg_connection *c, int ok) {
  mg_http_reply(c, ok ? 200 : 404, "", "%s", ok ? "found" : "missing");
}

void userMacro(struct mg_connection *c) {
  mg_http_reply(c, NO_CONTENT, "", "");
}

// The number in a status line is never a magic number.
void rawStatusLine(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\n\r\n");
}

void notStatusPositions(struct mg_connection *c) {
  char buffer[204] = {0};
  mg_send(c, buffer, 204);
  mg_http_write_chunk(c, buffer, 200);
  mg_http_reply(c, 200, "", "%d items, %d missing", 200, 404);
}

// The status of a parsed response, compared with numbers.
int clientSide(const struct mg_http_message *hm) {
  return mg_http_status(hm) == 204 || mg_http_status(hm) >= 400;
}
