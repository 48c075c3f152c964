// libxml2, as used by XMLSupport (the only Swift module that imports it).
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>

// xmlFree is a global function pointer, which Swift 6 treats as shared mutable state: call it through a function.
static inline void fivesafes_xmlFree(void *pointer) { xmlFree(pointer); }
