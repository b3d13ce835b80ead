// Constructs that the check tests do not use, written to probe the response
// flow analysis and the status-position matchers for crashes: statement
// expressions, pointers to members, self-initialised references, GNU ?:,
// init-captures, out-of-range statuses, calls with missing arguments.
#include <boost/beast/http.hpp>
#include <httplib.h>
namespace http = boost::beast::http;
using R = http::response<http::string_body>;
extern httplib::Response g;
void f1() {
  g.status = g.status = 204;
  g.body = "x";
}
void f2(httplib::Response &res) {
  int httplib::Response::*p = &httplib::Response::status;
  res.*p = 204;
  res.body = "a";
  res.status += 4;
  res.status++;
}
void f3() {
  httplib::Response arr[2];
  arr[0].status = 204;
  arr[0].body = "x";
}
R f4() {
  R r = ({
    R t{http::status::no_content, 11};
    t.body() = "x";
    t;
  });
  return r;
}
void f5(boost::asio::ip::tcp::socket &s) {
  R res{http::status::no_content, 11};
  auto l = [r = std::move(res)]() mutable {
    r.body() = "x";
    return r;
  };
  http::write(s, l());
  std::move(res).body() = "y";
}
void f6(httplib::Response &res) {
  httplib::Response &r = r;
  r.status = 204;
  r.body = "x";
  httplib::Response *p = p;
  p->status = 204;
  p->body = "z";
}
void f7(httplib::Response &res) {
  if (__builtin_expect(res.status == 204, 1))
    res.body = "x";
  decltype(res) r2 = res;
  r2.status = 204;
  r2.body = "q";
}
struct S {
  httplib::Response res;
  S() : res() {
    res.status = 204;
    res.body = "x";
  }
  ~S() { res.body = "y"; }
};
union U {
  int a;
  float b;
};
void f8(httplib::Response &res, bool a, bool b, bool c) {
  if (a)
    if (b)
      if (c)
        if (!a)
          res.status = 204;
  res.body = a ? "x" : "";
  res.set_content(a ? "x" : nullptr, 0, "t");
}
void f9(httplib::Response &res) {
  res.status = (res.status == 204) ?: 304;
  res.set_redirect("/");
  res.set_redirect("/", res.status = 204);
  res.body = "x";
}
template <int N> void f10(httplib::Response &res) {
  res.status = N;
  res.body = "x";
}
template void f10<204>(httplib::Response &);
void f11(httplib::Response &res) {
  res.status = 204;
  res.body = "x";
  throw 1;
}
void f12(httplib::Response &res) {
  for (;;) {
    res.status = 204;
    res.body = "x";
  }
}
void f13(httplib::Response &res) {
  res.status = 2147483647 + 1;
  res.status = -204;
  res.status = 0x10000 + 204;
  res.status = 204ull;
  res.body = "x";
}
void f14(R &r) {
  r.result(static_cast<http::status>(-1));
  r.result(http::int_to_status());
  r.result();
  r.content_length({});
  r.chunked(r.chunked());
  r.prepare_payload();
}
