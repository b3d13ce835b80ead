// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17
// Templates are analysed per instantiation; a finding in a template is
// reported once, at its place in the template.
#include <httplib.h>
#include <string>

template <class Body>
void replyWith(httplib::Response &res, const Body &body) {
  res.status = 204;
  res.set_content(body, "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void useBoth(httplib::Response &res) {
  replyWith(res, std::string("a"));
  replyWith(res, "b");
}

void genericLambda(httplib::Server &svr) {
  auto handler = [](const auto &, auto &res) {
    res.status = 205;
    res.body = "reset";
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content [http-no-content-with-body]
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 205 set here
  };
  svr.Get("/reset", handler);
  svr.Post("/reset", handler);
}

// A template that is never instantiated with a response is not analysed.
template <class Response> void neverUsed(Response &res) {
  res.status = 204;
  res.body = "x";
}
