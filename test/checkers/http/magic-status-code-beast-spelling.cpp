// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17
// The constant is spelled the way the file already names things: through a
// using-directive or using-declaration in force where the number is.
#include <boost/beast/http.hpp>

using Response = boost::beast::http::response<boost::beast::http::string_body>;

void beforeAnyShorthand(Response &res) {
  res.result(204);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 204 written as a number; use boost::beast::http::status::no_content [http-magic-status-code]
  // CHECK-FIXES: res.result(boost::beast::http::status::no_content);
}

using namespace boost::beast;

void afterUsingDirective(Response &res) {
  res.result(404);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 404 written as a number; use http::status::not_found
  // CHECK-FIXES: res.result(http::status::not_found);
}

using boost::beast::http::status;

void afterUsingDeclaration(Response &res) {
  res.result(304);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 304 written as a number; use status::not_modified
  // CHECK-FIXES: res.result(status::not_modified);
}
