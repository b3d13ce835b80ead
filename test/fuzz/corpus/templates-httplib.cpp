// Templates are analysed per instantiation; a finding in a template is
// reported once, at its place in the template.
#include <httplib.h>

template <class Body>
void replyWith(httplib::Response &res, const Body &body) {
  res.status = 204;
  res.set_content(body, "text/plain");
}

void useBoth(httplib::Response &res) {
  replyWith(res, std::string("a"));
  replyWith(res, "b");
}

void genericLambda(httplib::Server &svr) {
  auto handler = [](const auto &, auto &res) {
    res.status = 205;
    res.body = "reset";
  };
  svr.Get("/reset", handler);
  svr.Post("/reset", handler);
}

// A template that is never instantiated with a response is not analysed.
template <class Response> void neverUsed(Response &res) {
  res.status = 204;
  res.body = "x";
}
