// Declaration-only stand-in for include/crow.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests. Upstream's crow.h
// includes every Crow header; this one includes the stand-ins of the
// headers a handler needs. Not upstream code; tests only parse it
// (-fsyntax-only), nothing links.

#pragma once

#include "crow/common.h"
#include "crow/http_request.h"
#include "crow/http_response.h"
#include "crow/json.h"
#include "crow/returnable.h"
#include "crow/routing.h"
#include "crow/utility.h"
#include "crow/app.h"
