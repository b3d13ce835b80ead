// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17 -isystem %inputs/httplib-0.53
// cpp-httplib 0.53.1, the current release, through the declaration-only
// header of Inputs/httplib-0.53: the content API added since 0.15
// (set_file_content, make_file_body) and the handlers that take a response.
#include <httplib.h>

#include <string>
#include <utility>

// --- Findings ---------------------------------------------------------------

void deleteFile(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.set_file_content("./removed.txt");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void notModifiedFile(const httplib::Request &, httplib::Response &res) {
  res.set_file_content("./index.html", "text/html");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  res.status = httplib::StatusCode::NotModified_304;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 304 set here
}

void fileBody(const httplib::Request &, httplib::Response &res) {
  auto body = httplib::make_file_body("./report.csv");
  res.status = httplib::StatusCode::NoContent_204;
  res.set_content_provider(body.first, "text/csv", body.second);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void movedString(const httplib::Request &, httplib::Response &res) {
  std::string text = "deleted";
  res.status = httplib::StatusCode::NoContent_204;
  res.set_content(std::move(text), "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void handlers(httplib::Server &svr) {
  svr.set_pre_request_handler(
      [](const httplib::Request &req, httplib::Response &res) {
        if (!req.has_header("X-Quiet"))
          return httplib::Server::HandlerResponse::Unhandled;
        res.status = httplib::StatusCode::NoContent_204;
        res.set_content("quiet", "text/plain");
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: content written to a response that is sent with status 204
        // CHECK-MESSAGES: :[[@LINE-3]]:9: note: status 204 set here
        return httplib::Server::HandlerResponse::Handled;
      });
  svr.set_error_handler([](const httplib::Request &, httplib::Response &res) {
    if (res.status == httplib::StatusCode::NotFound_404)
      res.status = httplib::StatusCode::ResetContent_205;
    res.set_file_content("./error.html");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-3]]:7: note: status 205 set here
  });
}

// --- No findings ------------------------------------------------------------

void earlyReturn(const httplib::Request &req, httplib::Response &res) {
  if (!req.has_header("Accept")) {
    res.status = httplib::StatusCode::NoContent_204;
    return;
  }
  res.set_file_content("./index.html");
}

void otherBranch(const httplib::Request &req, httplib::Response &res) {
  if (req.has_header("X-Quiet"))
    res.status = httplib::StatusCode::NoContent_204;
  else
    res.set_file_content("./index.html", "text/html");
}

void statusOverwritten(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.set_file_content("./index.html");
  res.status = httplib::StatusCode::OK_200;
}

void twoResponses(httplib::Response &quiet, httplib::Response &loud) {
  quiet.status = httplib::StatusCode::NoContent_204;
  loud.set_file_content("./index.html");
}

void emptyMoved(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.set_content(std::string(), "text/plain");
  res.set_content("", 0, "text/plain");
}

// Per-request data and trailers are not content.
void userData(const httplib::Request &req, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.user_data.set("user", std::string("alice"));
  res.set_header("ETag", "\"v2\"");
  if (req.has_trailer("X-Checksum"))
    res.set_header("X-Checked", "yes");
}

void okFile(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::OK_200;
  res.set_file_content("./index.html");
}
