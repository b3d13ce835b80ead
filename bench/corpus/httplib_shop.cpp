// A small shop service on cpp-httplib 0.11 (Debian's, which names no
// statuses): products, a cart per session and a checkout. One handler holds
// a real finding, a body on a 204.
#include <httplib.h>

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace {

struct Product {
  std::string name;
  unsigned priceCents;
  unsigned stock;
};

std::mutex Lock;
std::map<std::string, Product> Products = {{"tea", {"Green tea", 450, 12}},
                                           {"mug", {"Blue mug", 900, 3}}};
std::map<std::string, std::vector<std::string>> Carts;

std::string sessionOf(const httplib::Request &req) {
  return req.get_header_value("X-Session");
}

void listProducts(const httplib::Request &req, httplib::Response &res) {
  std::lock_guard<std::mutex> guard(Lock);
  const bool inStockOnly = req.has_param("in_stock");
  std::string out;
  for (const auto &[id, product] : Products) {
    if (inStockOnly && product.stock == 0)
      continue;
    out += id + ";" + product.name + ";" + std::to_string(product.priceCents) +
           "\n";
  }
  if (out.empty()) {
    res.status = 204;
    return;
  }
  res.set_header("Cache-Control", "max-age=30");
  res.set_content(out, "text/csv");
}

void showProduct(const httplib::Request &req, httplib::Response &res) {
  std::lock_guard<std::mutex> guard(Lock);
  auto it = Products.find(req.matches[1]);
  if (it == Products.end()) {
    res.status = 404;
    res.set_content("unknown product", "text/plain");
    return;
  }
  const std::string tag =
      "\"" + it->first + "-" + std::to_string(it->second.stock) + "\"";
  res.set_header("ETag", tag);
  if (req.get_header_value("If-None-Match") == tag) {
    res.status = 304;
    return;
  }
  res.set_content(it->second.name, "text/plain");
}

void addToCart(const httplib::Request &req, httplib::Response &res) {
  const std::string session = sessionOf(req);
  if (session.empty()) {
    res.status = 400;
    res.set_content("no session", "text/plain");
    return;
  }
  std::lock_guard<std::mutex> guard(Lock);
  auto it = Products.find(req.body);
  if (it == Products.end() || it->second.stock == 0) {
    res.status = 409;
    res.set_content("not available", "text/plain");
    return;
  }
  --it->second.stock;
  Carts[session].push_back(it->first);
  res.status = 201;
  res.set_header("Location", "/cart");
}

void clearCart(const httplib::Request &req, httplib::Response &res) {
  std::lock_guard<std::mutex> guard(Lock);
  const auto removed = Carts.erase(sessionOf(req));
  res.status = 204;
  if (removed == 0)
    res.set_content("cart was empty", "text/plain"); // Finding: 204 body.
}

void checkout(const httplib::Request &req, httplib::Response &res) {
  std::lock_guard<std::mutex> guard(Lock);
  auto cart = Carts.find(sessionOf(req));
  if (cart == Carts.end() || cart->second.empty()) {
    res.status = 422;
    res.set_content("nothing to pay for", "text/plain");
    return;
  }
  unsigned total = 0;
  for (const auto &id : cart->second)
    total += Products[id].priceCents;
  Carts.erase(cart);
  res.set_content("{\"total\":" + std::to_string(total) + "}",
                  "application/json");
}

} // namespace

int main() {
  httplib::Server server;
  server.Get("/products", listProducts);
  server.Get(R"(/products/(\w+))", showProduct);
  server.Post("/cart", addToCart);
  server.Delete("/cart", clearCart);
  server.Post("/checkout", checkout);
  server.set_exception_handler(
      [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        res.status = 500;
        res.set_content("internal error", "text/plain");
      });
  server.listen("0.0.0.0", 8081);
}
