// The constant is spelled the way the file already names things: through a
// using-directive or using-declaration in force where the number is.
#include <boost/beast/http.hpp>

using Response = boost::beast::http::response<boost::beast::http::string_body>;

void beforeAnyShorthand(Response &res) {
  res.result(204);
}

using namespace boost::beast;

void afterUsingDirective(Response &res) {
  res.result(404);
}

using boost::beast::http::status;

void afterUsingDeclaration(Response &res) {
  res.result(304);
}
