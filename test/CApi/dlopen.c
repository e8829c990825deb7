/* Guards loaded with dlopen(), each looked up in its own library: the
 * generic riskcard_open of each handle opens that guard. */
#include "guard/guard.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

typedef riskcard_status (*open_fn)(unsigned, riskcard_guard **);
typedef riskcard_status (*evaluate_fn)(riskcard_guard *, const char *, size_t, riskcard_decision **);
typedef const char *(*json_fn)(const riskcard_decision *);
typedef const char *(*name_fn)(const riskcard_guard *);

int main(int argc, char **argv) {
  const char *input = "{\"text\":\"mail alice@corp.example about the gore\"}";
  for (int i = 1; i < argc; ++i) {
    void *lib = dlopen(argv[i], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
      fprintf(stderr, "dlopen %s: %s\n", argv[i], dlerror());
      return 1;
    }
    open_fn open = (open_fn)dlsym(lib, "riskcard_open");
    evaluate_fn evaluate = (evaluate_fn)dlsym(lib, "riskcard_evaluate");
    json_fn json = (json_fn)dlsym(lib, "riskcard_decision_json");
    name_fn name = (name_fn)dlsym(lib, "riskcard_policy_name");
    riskcard_guard *g = NULL;
    riskcard_decision *d = NULL;
    if (!open || !evaluate || !json || !name || open(0, &g) != RISKCARD_OK ||
        evaluate(g, input, strlen(input), &d) != RISKCARD_OK) {
      fprintf(stderr, "cannot use %s\n", argv[i]);
      return 1;
    }
    printf("%s: %s\n", name(g), json(d));
    /* A symbol of the generated code is not exported. */
    if (dlsym(lib, "_mlir_ciface_risk_eval") || dlsym(lib, "risk_eval")) {
      fprintf(stderr, "%s exports its generated code\n", argv[i]);
      return 1;
    }
  }
  return 0;
}
