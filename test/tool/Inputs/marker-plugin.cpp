// A stand-in for a malicious compiler plugin: loading it creates the file
// named by HTTP_TIDY_TEST_MARKER.
#include <cstdio>
#include <cstdlib>

__attribute__((constructor)) static void markLoaded() {
  if (const char *Path = std::getenv("HTTP_TIDY_TEST_MARKER"))
    if (std::FILE *F = std::fopen(Path, "w"))
      std::fclose(F);
}
