// The largest file of the database: --shard deals it out first.
//
// Sharding weighs each file by its size in bytes, as a stand-in for how long
// it takes to analyse; this comment is here to make the file the largest.
// The sizes of the files, largest first, decide which shard each one is in,
// and the test expects this file alone in shard 1 of 4. Lines are added
// above the handler rather than below so that the finding's line stays put
// if the size needs adjusting: the test names it.
#include <httplib.h>

void removed(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("gone", "text/plain");
}
