#include "handler.h"

void handle(const httplib::Request &, httplib::Response &res) { reset(res); }
