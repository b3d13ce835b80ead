// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++20 -isystem %inputs/uwebsockets-20.79
// A complete, correct uWebSockets v20.79.0 server: no finding may be
// reported.
#include <App.h>

#include <map>
#include <string>
#include <string_view>

namespace {

std::map<std::string, std::string, std::less<>> Items;

bool authorised(uWS::HttpRequest *req) {
  return req->getHeader("authorization") == "Bearer secret";
}

template <bool SSL>
void unauthorised(uWS::HttpResponse<SSL> *res) {
  res->writeStatus("401 Unauthorized")
      ->writeHeader("WWW-Authenticate", "Bearer")
      ->end("unauthorised\n");
}

void listItems(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  if (!authorised(req)) {
    unauthorised(res);
    return;
  }
  if (Items.empty()) {
    res->writeStatus("204 No Content")
        ->writeHeader("Cache-Control", "no-store")
        ->endWithoutBody();
    return;
  }
  res->writeStatus(uWS::HTTP_200_OK)->writeHeader("Content-Type", "text/plain");
  for (const auto &[name, value] : Items)
    res->write(name + "=" + value + "\n");
  res->end();
}

void getItem(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  auto found = Items.find(req->getParameter(0));
  if (found == Items.end()) {
    res->writeStatus("404 Not Found")->end("no such item\n");
    return;
  }
  const std::string etag = "\"" + found->second + "\"";
  if (req->getHeader("if-none-match") == etag) {
    res->writeStatus("304 Not Modified")->writeHeader("ETag", etag)->end();
    return;
  }
  res->writeStatus("200 OK")
      ->writeHeader("ETag", etag)
      ->writeHeader("Content-Type", "application/json")
      ->end("{\"value\":\"" + found->second + "\"}");
}

} // namespace

int main() {
  uWS::App()
      .get("/items", listItems)
      .get("/items/:name", getItem)
      .put("/items/:name",
           [](auto *res, auto *req) {
             std::string name(req->getParameter(0));
             std::string value(req->getQuery("value"));
             res->onAborted([]() {});
             if (value.empty()) {
               res->writeStatus("400 Bad Request")->end("missing value\n");
               return;
             }
             const bool created = Items.find(name) == Items.end();
             Items[name] = value;
             res->cork([res, created]() {
               if (created)
                 res->writeStatus("201 Created")
                     ->writeHeader("Location", "/items")
                     ->end("created\n");
               else
                 res->writeStatus("204 No Content")->end();
             });
           })
      .del("/items/:name",
           [](uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
             if (!authorised(req)) {
               unauthorised(res);
               return;
             }
             if (Items.erase(std::string(req->getParameter(0))) == 0) {
               res->writeStatus("404 Not Found")->end("no such item\n");
               return;
             }
             res->writeStatus("204 No Content")->endWithoutBody();
           })
      .any("/*",
           [](auto *res, auto *) {
             res->writeStatus("404 Not Found")->end("not found\n");
           })
      .listen(9001, [](auto *listenSocket) { (void)listenSocket; })
      .run();
}
