// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c++17
// Boost.Beast 1.74 from Debian's libboost-dev. A response's reason phrase is
// empty until reason(s) sets it, and an empty one goes out as the code's
// own (obsolete_reason). result(code) changes the code and keeps a phrase
// that was set: reason("OK") then result(status::not_found) sends "404 OK".
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http.hpp>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

using Response = http::response<http::string_body>;

void decorate(Response &res);

// --- Findings ---------------------------------------------------------------

void keptOk(tcp::socket &socket, bool found) {
  Response res{http::status::ok, 11};
  res.reason("OK");
  if (!found)
    res.result(http::status::not_found);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'result' changes the status to 404 and keeps the reason phrase 'OK' (of status 200): the response goes out as '404 OK' [http-status-reason-mismatch]
  // CHECK-FIXES: res.result(http::status::not_found);
  http::write(socket, res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

void numberCode(tcp::socket &socket) {
  Response res;
  res.reason("Created");
  res.result(409u);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'result' changes the status to 409 and keeps the reason phrase 'Created' (of status 201): the response goes out as '409 Created'
  http::write(socket, res);
}

void phraseAfter(tcp::socket &socket) {
  Response res{http::status::no_content, 11};
  res.reason("OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content)
  // CHECK-FIXES: res.reason("No Content");
  http::write(socket, res);
}

static void fail(tcp::socket &socket, Response &res, http::status status) {
  res.result(status);
  http::write(socket, res);
}

void throughHelper(tcp::socket &socket) {
  Response res;
  res.reason("Accepted");
  fail(socket, res, http::status::bad_request);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'result' changes the status to 400 and keeps the reason phrase 'Accepted' (of status 202): the response goes out as '400 Accepted'
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: status 400 set here, through the call of 'fail'
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: response sent here
}

// --- No findings ------------------------------------------------------------

// No phrase set: each code goes out with its own.
void followsCode(tcp::socket &socket, bool found) {
  Response res{http::status::ok, 11};
  if (!found)
    res.result(http::status::not_found);
  http::write(socket, res);
}

void ownPhrase(tcp::socket &socket) {
  Response res;
  res.result(http::status::not_found);
  res.reason("Not Found");
  http::write(socket, res);
}

void otherBranch(tcp::socket &socket, bool found) {
  Response res;
  if (found)
    res.reason("OK");
  else
    res.result(http::status::not_found);
  http::write(socket, res);
}

void customPhrase(tcp::socket &socket) {
  Response res;
  res.reason("Stored");
  res.result(http::status::accepted);
  http::write(socket, res);
}

void unknownPhrase(tcp::socket &socket, const std::string &why) {
  Response res;
  res.reason(why);
  res.result(http::status::not_found);
  http::write(socket, res);
}

void handedOn(tcp::socket &socket) {
  Response res;
  res.reason("OK");
  decorate(res); // may set any phrase
  res.result(http::status::not_found);
  http::write(socket, res);
}

// A message of its own, built anew: no phrase of the old one.
void rebuilt(tcp::socket &socket) {
  Response res;
  res.reason("OK");
  res = Response{http::status::not_found, 11};
  http::write(socket, res);
}
