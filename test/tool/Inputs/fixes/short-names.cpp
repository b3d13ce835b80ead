#define SHORT_NAMES
#include "shared.h"
