#include "handlers.h"

void registerHandlers(httplib::Server &server) {
  server.Delete("/item", reset);
}
