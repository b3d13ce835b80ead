#include "shared.h"

void unused() {}
