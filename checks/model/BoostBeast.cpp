//===--- BoostBeast.cpp - http-tidy ---------------------------------------===//
//
// Boost.Beast (boost/beast/http). Checked against Debian's Boost 1.74 headers.
// A response is `message<false, Body, Fields>`; it is sent by http::write and
// friends, or handed on by value/move. prepare_payload() sets Content-Length
// from the body and throws on a 1xx/204/304 response that has a body.
//
//===----------------------------------------------------------------------===//

#include "FrameworkModel.h"

namespace clang::tidy::http::model {

FrameworkModel boostBeastModel() {
  return {
      "Boost.Beast",
      {"boost::beast::http::message"},
      {
          statusConstructorArg(0),
          statusMethod("result", 0),
          bodyConstructorArg(2),
          bodyAccessor("body"),
          headerSetter("set", 0),
          headerSetter("insert", 0),
          headerRemover("erase", 0),
          framingMethod("content_length", Framing::ContentLength,
                        FramingArg::ValueSets),
          framingMethod("chunked", Framing::TransferEncoding,
                        FramingArg::TrueSets),
          payloadPreparer("prepare_payload"),
          sendFunction("boost::beast::http::write", 1),
          sendFunction("boost::beast::http::async_write", 1),
          statusReaderMethod("result_int", "result"),
          statusReaderMethod("result"),
          statusConversion("boost::beast::http::int_to_status", 0),
      },
      "boost::beast::http::status",
      {"boost::beast::http::status"},
  };
}

} // namespace clang::tidy::http::model
