# Writes the built-in framework models into a C++ include file, so that the
# plugin and http-tidy carry them and read nothing from disk at run time.
#   cmake -DOUTPUT=<file.inc> -DINPUTS=<a.yaml;b.yaml> -P EmbedModels.cmake
set(body "// Generated from checks/model/*.yaml by EmbedModels.cmake.\n")
set(table "")
set(index 0)
foreach(input ${INPUTS})
  get_filename_component(name "${input}" NAME)
  file(READ "${input}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(APPEND body "static const char Model${index}[] = {${bytes}0x00};\n")
  string(APPEND table "    {\"${name}\", {Model${index}, sizeof(Model${index}) - 1}},\n")
  math(EXPR index "${index} + 1")
endforeach()
string(APPEND body "static const EmbeddedModel EmbeddedModels[] = {\n${table}};\n")
# Rewrite only on change, so that an unchanged model rebuilds nothing.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
  if(old STREQUAL body)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${body}")
