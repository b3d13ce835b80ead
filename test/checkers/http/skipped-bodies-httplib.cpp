// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17
// http-tidy skips function bodies of system headers, templates among them
// when the file has no template of its own. Here a class template is
// instantiated only from the body of std::function's handler template, and
// a macro pastes the keyword together, out of sight of the look at the
// file's tokens: the first parse skips that body, finds the template at its
// end, and the file is parsed again with template bodies kept. Every front
// end must report it.
#include <httplib.h>

#define PASTE(A, B) A##B
#define TEMPLATE_OF(Parameter) PASTE(temp, late) < class Parameter >

TEMPLATE_OF(Tag)
struct Gone {
  void operator()(const httplib::Request &, httplib::Response &res) const {
    res.status = 204;
    res.set_content("gone", "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
  }
};

struct Deleted {};

void routes(httplib::Server &server) {
  server.Delete("/items", Gone<Deleted>{});
}

// A non-template handler of the file is analysed in the first parse.
void plain(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("x", "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}
