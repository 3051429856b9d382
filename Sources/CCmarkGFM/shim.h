#ifndef SAMVERKAN_CCMARKGFM_SHIM_H
#define SAMVERKAN_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdlib.h>
#endif
