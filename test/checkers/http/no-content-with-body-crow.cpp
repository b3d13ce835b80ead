// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17 -isystem %inputs/crow-1.3.3
// Crow v1.3.3, through the declaration-only headers of Inputs/crow-1.3.3.
// Crow sends a response when the handler calls res.end(), or the value a
// handler returns; it sends a body on a 204 as it is, with its length.
#include <crow.h>

#include <string>

#define MY_NO_CONTENT 204

int computeStatus();
void decorate(crow::response &res);

// --- Findings ---------------------------------------------------------------

void deleteItem(const crow::request &, crow::response &res) {
  res.code = 204;
  res.write("deleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.end();
}

void endWithPart(crow::response &res) {
  res.code = crow::status::NO_CONTENT;
  res.end("gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// The response leaves at end(): the order of status and body does not matter.
void bodyBeforeStatus(const crow::request &, crow::response &res) {
  res.body = "done";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  res.code = MY_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  res.end();
}

void branchesMerge(const crow::request &req, crow::response &res) {
  if (req.get_header_value("X-Quiet") == "1")
    res.code = 204;
  else
    res.code = 200;
  res.body += "appended";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-5]]:5: note: status 204 set here
  res.end();
}

void throughPointer(crow::response &res) {
  crow::response *out = &res;
  out->code = 204;
  out->body.append("more");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  out->end();
}

void notModified(crow::response &res) {
  res.code = crow::status::NOT_MODIFIED;
  res.write("cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 304 set here
  res.end();
}

void resetContent(crow::response &res) {
  res.code = crow::status::RESET_CONTENT;
  res.end("reset");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 205 set here
}

void informational(crow::response &res) {
  res.code = crow::status::CONTINUE;
  res.write("early");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 100 set here
  res.end();
}

// A response built and moved into the handler's response.
void assignedTemporary(crow::response &res) {
  res = crow::response(crow::status::NO_CONTENT, "removed");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: status 204 set here
  res.end();
}

struct Item : crow::returnable {
  Item() : crow::returnable("application/json") {}
  std::string dump() const override { return "{}"; }
};

void routes(crow::SimpleApp &app) {
  // Returned values are sent: each constructor that takes a status and a body.
  CROW_ROUTE(app, "/a")([] {
    return crow::response(crow::status::NO_CONTENT, "deleted");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  CROW_ROUTE(app, "/b")([]() -> crow::response {
    return {crow::status::NO_CONTENT, "deleted"};
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  CROW_ROUTE(app, "/c")([] {
    return crow::response(crow::status::NO_CONTENT, "json", "{\"ok\":true}");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  CROW_ROUTE(app, "/d")([] {
    crow::json::wvalue result({{"deleted", true}});
    return crow::response(crow::status::NO_CONTENT, result);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  CROW_ROUTE(app, "/e")([] {
    return crow::response(crow::status::NO_CONTENT, Item());
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  // A named response returned by value.
  CROW_ROUTE(app, "/f/<int>")([](int id) {
    crow::response res(crow::status::NO_CONTENT);
    res.write("item " + std::to_string(id));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:20: note: status 204 set here
    return res;
  });
  CROW_ROUTE(app, "/g/<string>")
      .methods(crow::HTTPMethod::Delete)(
          [](const crow::request &, crow::response &res, std::string name) {
            res.code = 204;
            res.end("removed " + name);
            // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: content written to a response that is sent with status 204
            // CHECK-MESSAGES: :[[@LINE-3]]:13: note: status 204 set here
          });
}

// --- No findings ------------------------------------------------------------

void earlyReturn(const crow::request &req, crow::response &res) {
  if (req.get_header_value("If-Match").empty()) {
    res.code = crow::status::NO_CONTENT;
    res.end();
    return;
  }
  res.end("updated");
}

void otherBranch(const crow::request &req, crow::response &res) {
  if (req.get_header_value("X-Quiet") == "1")
    res.code = 204;
  else
    res.write("loud");
  res.end();
}

void twoResponses(crow::response &quiet, crow::response &loud) {
  quiet.code = 204;
  quiet.end();
  loud.write("hello");
  loud.end();
}

void codeOverwritten(crow::response &res) {
  res.code = 204;
  res.write("ok");
  res.code = 200;
  res.end();
}

void bodyCleared(crow::response &res) {
  res.code = 204;
  res.body = "draft";
  res.body.clear();
  res.end();
}

void responseCleared(crow::response &res) {
  res.write("draft");
  res.clear();
  res.code = 204;
  res.end();
}

void emptyBodies(crow::response &res) {
  res.code = 204;
  res.write("");
  res.write(std::string());
  res.body = "";
  res.end("");
}

void emptyConstructed(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/empty")([] {
    return crow::response(crow::status::NO_CONTENT, "");
  });
  CROW_ROUTE(app, "/none")([]() -> crow::response {
    return {crow::status::NO_CONTENT, std::string()};
  });
  CROW_ROUTE(app, "/typed")([] {
    return crow::response(crow::status::NO_CONTENT, "text/plain", "");
  });
}

void metadataOnNoContent(crow::response &res) {
  res.code = 204;
  res.set_header("ETag", "\"v2\"");
  res.add_header("Location", "/items/2");
  res.end();
}

void unknownStatus(crow::response &res) {
  res.code = computeStatus();
  res.end("maybe");
}

void helperMayChangeIt(crow::response &res) {
  res.code = 204;
  decorate(res);
  res.end("decorated");
}

void okWithBody(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/ok")([] { return crow::response(200, "fine"); });
  CROW_ROUTE(app, "/json")([] {
    crow::json::wvalue result;
    result["ok"] = true;
    return crow::response(result);
  });
  CROW_ROUTE(app, "/text")([] { return "hello"; });
}

void localNeverSent(crow::response &res) {
  crow::response scratch(204);
  scratch.body = "scratch";
  res.end();
}
