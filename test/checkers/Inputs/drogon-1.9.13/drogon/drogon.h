// Declaration-only stand-in for drogon/drogon.h of Drogon v1.9.13
// (drogonframework/drogon, lib/inc/drogon/drogon.h), written for http-tidy's
// lint tests: the umbrella header, reduced to the stand-ins of this
// directory. Nothing here is upstream code, and tests only parse it
// (-fsyntax-only).

#pragma once

#include <drogon/HttpAppFramework.h>
#include <drogon/HttpController.h>
#include <drogon/HttpSimpleController.h>
