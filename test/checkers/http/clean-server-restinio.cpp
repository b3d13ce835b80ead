// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17
// A complete, correct RESTinio 0.6.16 server (Debian's librestinio-dev, with
// standalone Asio from libasio-dev and fmt from libfmt-dev): no finding may
// be reported.
#include <restinio/all.hpp>

#include <map>
#include <mutex>
#include <string>

namespace {

using restinio::request_handle_t;
using restinio::request_handling_status_t;

std::mutex Mutex;
std::map<std::string, std::string> Items;

bool authorised(const request_handle_t &req) {
  return req->header().get_field_or("Authorization", "") == "Bearer secret";
}

request_handling_status_t listItems(const request_handle_t &req) {
  std::lock_guard<std::mutex> lock(Mutex);
  if (Items.empty())
    return req->create_response(restinio::status_no_content()).done();
  auto resp = req->create_response();
  resp.append_header(restinio::http_field::content_type, "text/plain");
  for (const auto &[key, value] : Items)
    resp.append_body(key + "=" + value + "\n");
  return resp.done();
}

request_handling_status_t getItem(const request_handle_t &req,
                                  const std::string &key) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto it = Items.find(key);
  if (it == Items.end())
    return req->create_response(restinio::status_not_found())
        .set_body("no such item")
        .done();
  const std::string etag = "\"" + std::to_string(it->second.size()) + "\"";
  auto resp = req->create_response();
  resp.append_header(restinio::http_field::etag, etag);
  if (req->header().get_field_or("If-None-Match", "") == etag) {
    resp.header().status_line(restinio::status_not_modified());
    return resp.done();
  }
  resp.set_body(it->second);
  return resp.done();
}

request_handling_status_t streamItem(const request_handle_t &req,
                                     const std::string &key) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto it = Items.find(key);
  if (it == Items.end())
    return req->create_response(restinio::status_no_content()).done();
  auto resp = req->create_response<restinio::chunked_output_t>();
  for (char c : it->second) {
    resp.append_chunk(std::string(1, c));
    resp.flush();
  }
  return resp.done();
}

request_handling_status_t deleteItem(const request_handle_t &req,
                                     const std::string &key) {
  if (!authorised(req))
    return req->create_response(restinio::status_unauthorized())
        .append_header(restinio::http_field::www_authenticate,
                       "Bearer realm=\"items\"")
        .set_body("login first")
        .done();
  std::lock_guard<std::mutex> lock(Mutex);
  const bool existed = Items.erase(key) > 0;
  auto resp = req->create_response(existed ? restinio::status_no_content()
                                           : restinio::status_not_found());
  if (!existed)
    resp.set_body("no such item");
  resp.append_header(restinio::http_field::cache_control, "no-store");
  resp.append_header_date_field();
  return resp.done();
}

request_handling_status_t putItem(const request_handle_t &req,
                                  const std::string &key) {
  std::lock_guard<std::mutex> lock(Mutex);
  const bool created = Items.count(key) == 0;
  Items[key] = req->body();
  if (!created)
    return req->create_response(restinio::status_no_content()).done();
  auto resp = req->create_response<restinio::user_controlled_output_t>(
      restinio::status_created());
  resp.append_header(restinio::http_field::location, "/items/" + key);
  resp.set_content_length(key.size());
  resp.append_body(key);
  return resp.done();
}

request_handling_status_t handle(request_handle_t req) {
  const std::string path{req->header().path()};
  const auto method = req->header().method();
  if (path == "/items" && method == restinio::http_method_get())
    return listItems(req);
  if (path.rfind("/items/", 0) == 0) {
    const std::string key = path.substr(7);
    if (method == restinio::http_method_get())
      return getItem(req, key);
    if (method == restinio::http_method_put())
      return putItem(req, key);
    if (method == restinio::http_method_delete())
      return deleteItem(req, key);
  }
  if (path.rfind("/stream/", 0) == 0)
    return streamItem(req, path.substr(8));
  return restinio::request_rejected();
}

} // namespace

int main() {
  restinio::run(restinio::on_this_thread()
                    .port(8080)
                    .address("localhost")
                    .request_handler([](restinio::request_handle_t req) {
                      if (req->header().path() == "/health")
                        return req->create_response()
                            .set_body("ok")
                            .done();
                      return handle(std::move(req));
                    }));
}
