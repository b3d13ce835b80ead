// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17 -isystem %inputs/simple-web-server-3.1.1
// Simple-Web-Server v3.1.1, through the declaration-only stand-in of its
// headers. write() takes the scoped enumeration StatusCode: a number
// reaches it through a cast. The status line is the text of the code in the
// server's table, empty for a code the table lacks.
#include <simple-web-server/server_http.hpp>

#include <memory>
#include <string>

using HttpServer = SimpleWeb::Server<SimpleWeb::HTTP>;
using Response = std::shared_ptr<HttpServer::Response>;
using Request = std::shared_ptr<HttpServer::Request>;
using SimpleWeb::StatusCode;

#define STATUS_TYPO 2040

static void reply(const Response &response, int status,
                  const std::string &text) {
  response->write(static_cast<StatusCode>(status), text);
}

// A code in range without text in the server's table: no code goes out.
void unsendable(Response response, Request) {
  response->write(static_cast<StatusCode>(103), "hints");
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: status code 103 is not in Simple-Web-Server's status table: Simple-Web-Server sends a status line without a code ('HTTP/1.1 ') instead [http-invalid-status-code]
  reply(response, 425, "too early");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: status code 425 is not in Simple-Web-Server's status table
}

void casts(Response response, Request) {
  response->write(static_cast<StatusCode>(2004));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  response->write(static_cast<StatusCode>(4004), "no such item");
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: status code 4004 is outside 100 to 599
  response->write((StatusCode)STATUS_TYPO, {{"Retry-After", "5"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: status code 2040 is outside 100 to 599
  response->write(StatusCode(99), "early");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: status code 99 is outside 100 to 599
}

void conditional(Response response, bool quiet) {
  response->write(quiet ? static_cast<StatusCode>(40)
                        : StatusCode::success_ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:51: warning: status code 40 is outside 100 to 599
}

void inAResource(HttpServer &server) {
  server.default_resource["GET"] = [](Response response, Request) {
    const StatusCode code = static_cast<StatusCode>(600);
    // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: status code 600 is outside 100 to 599
    response->write(code, "not found");
  };
}

// Through a helper's status parameter: reported at the call.
void helper(Response response, Request) {
  reply(response, 6000, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: status code 6000 is outside 100 to 599
}

// A status line the handler writes itself is sent as written. Not read:
// the check looks at the status positions of the API, not at protocol text.
void rawStatusLine(Response response, Request) {
  *response << "HTTP/1.1 2004 OK\r\nContent-Length: 0\r\n\r\n";
  // FIXME: should report: status '2004 OK' does not start with a three-digit code from 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(Response response, Request request) {
  if (request->content.size() == 0)
    response->write(static_cast<StatusCode>(100));
  else
    response->write(static_cast<StatusCode>(511)); // the end of its table
  reply(response, 204, "");
}

// A comparison tests the status; it sends nothing. StatusCode::unknown is
// 0.
bool compared(StatusCode code) {
  if (code == static_cast<StatusCode>(0) ||
      static_cast<StatusCode>(2004) != code)
    return true;
  return code == StatusCode(1000);
}

// Another object's method of the same name, numbers given to no status
// position, and text that is not a status.
struct Job {
  void write(int status);
};

void notStatusPositions(Response response, Request request, Job &job) {
  char buffer[2004] = {};
  job.write(2004);
  response->write(buffer, 2004);
  *response << 2004;
  *response << "2004 items";
  response->write("2004 items");
  response->write(StatusCode::success_ok, "2004 items",
                  {{"Retry-After", "3600"}, {"Warning", "2004 items"}});
  response->write(StatusCode::success_ok, std::string(2004, 'x'));
  if (request->content.size() == 2004 || response->size() > 2004)
    return;
}
