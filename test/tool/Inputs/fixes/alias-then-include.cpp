#include <boost/beast/http.hpp>
namespace http = boost::beast::http;
#include "shared.h"
