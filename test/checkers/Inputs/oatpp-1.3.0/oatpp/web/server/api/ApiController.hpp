// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors the public interface of
// src/oatpp/web/server/api/ApiController.hpp that endpoints use: the
// typedefs (ResponseFactory, IncomingRequest, OutgoingResponse, Status,
// Header, QueryParams, ObjectMapper, String and the number types), the
// constructor, handleError and the helpers createResponse(status, str) (the
// only createResponse of 1.3.0) and createDtoResponse(status, dto[,
// objectMapper]). Left out: the Handler and HandlerCoroutine templates, the
// endpoint bookkeeping and authorization, and TypeInterpretation, which the
// simplified ENDPOINT macro of oatpp/codegen/ApiController_define.hpp does
// not need.
#ifndef oatpp_web_server_api_Controller_hpp
#define oatpp_web_server_api_Controller_hpp

#include "oatpp/core/base/Countable.hpp"
#include "oatpp/core/data/mapping/ObjectMapper.hpp"
#include "oatpp/web/protocol/http/incoming/Request.hpp"
#include "oatpp/web/protocol/http/outgoing/ResponseFactory.hpp"

#include <memory>

namespace oatpp { namespace web { namespace server { namespace api {

class ApiController : public oatpp::base::Countable {
protected:
  typedef ApiController __ControllerType;
public:
  typedef oatpp::web::protocol::http::outgoing::ResponseFactory ResponseFactory;
  typedef oatpp::web::protocol::http::incoming::Request IncomingRequest;
  typedef oatpp::web::protocol::http::outgoing::Response OutgoingResponse;
  typedef oatpp::web::protocol::http::Status Status;
  typedef oatpp::web::protocol::http::Header Header;
  typedef oatpp::web::protocol::http::QueryParams QueryParams;
public:
  typedef oatpp::data::mapping::ObjectMapper ObjectMapper;
  typedef oatpp::String String;
  typedef oatpp::Int8 Int8;
  typedef oatpp::UInt8 UInt8;
  typedef oatpp::Int16 Int16;
  typedef oatpp::UInt16 UInt16;
  typedef oatpp::Int32 Int32;
  typedef oatpp::UInt32 UInt32;
  typedef oatpp::Int64 Int64;
  typedef oatpp::UInt64 UInt64;
  typedef oatpp::Float32 Float32;
  typedef oatpp::Float64 Float64;
  typedef oatpp::Boolean Boolean;

public:
  ApiController(const std::shared_ptr<oatpp::data::mapping::ObjectMapper> &defaultObjectMapper,
                const oatpp::String &routerPrefix = nullptr);

  std::shared_ptr<OutgoingResponse> handleError(const Status &status,
                                                const oatpp::String &message) const;

  const std::shared_ptr<oatpp::data::mapping::ObjectMapper> &getDefaultObjectMapper() const;

  std::shared_ptr<OutgoingResponse> createResponse(const Status &status,
                                                   const oatpp::String &str) const;

  std::shared_ptr<OutgoingResponse>
  createDtoResponse(const Status &status, const oatpp::Void &dto,
                    const std::shared_ptr<oatpp::data::mapping::ObjectMapper> &objectMapper) const;

  std::shared_ptr<OutgoingResponse> createDtoResponse(const Status &status,
                                                      const oatpp::Void &dto) const;
};

}}}} // namespace oatpp::web::server::api

#endif
