// Hand-written seed: control flow the response-flow analysis walks.
#include <httplib.h>

using httplib::Request;
using httplib::Response;

bool ready();
int pick(int);

void loops(const Request &req, Response &res) {
  for (int i = 0; i < 3; ++i) {
    if (req.has_param("quiet"))
      res.status = 204;
    else if (i == 1)
      continue;
    res.body += "x";
  }
  while (!ready())
    res.status = 200;
  do {
    res.set_header("Content-Length", "1");
  } while (false);
}

void switches(const Request &req, Response &res) {
  switch (pick(res.status)) {
  case 204:
    res.set_content("", "text/plain");
    break;
  case 304:
    [[fallthrough]];
  case 205 ... 299:
    res.body = req.body;
    break;
  default:
    return;
  }
  res.status = res.status == 200 ? 204 : pick(1) ? 304 : 205;
}

void exceptions(const Request &req, Response &res) {
  try {
    res.status = 204;
    if (req.body.empty())
      throw std::runtime_error("empty");
    res.set_content(req.body, "text/plain");
  } catch (const std::exception &e) {
    res.status = 500;
    res.set_content(e.what(), "text/plain");
  }
}

void pointers(const Request &, Response &res) {
  Response *p = &res;
  Response &r = *p;
  Response copy = r;
  copy.status = 204;
  p->body = "a";
  auto later = [&res] { res.status = 100; };
  later();
  r.set_content_provider(
      3, "text/plain",
      [](size_t, size_t, httplib::DataSink &) { return true; });
  res = copy;
  goto done;
done:
  res.set_redirect("/", 303);
}

template <class T> void generic(T &res, int code) {
  res.status = code;
  res.set_content(std::string(), "text/plain");
}

void use(Response &res) {
  generic(res, 204);
  auto g = [](auto &r) {
    r.status = 204;
    r.body = "b";
  };
  g(res);
}
