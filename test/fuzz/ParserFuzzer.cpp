//===- ParserFuzzer.cpp - libFuzzer target for the parser ------------------===//
//
// Any byte string must parse without a crash, a hang or a leak: valid input is
// also formatted and the result parsed again, which must succeed (the printer
// never produces text the parser rejects).
//
//===----------------------------------------------------------------------===//
#include "risk/Format/Formatter.h"
#include "risk/Parse/Parser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  risk::SourceManager sources;
  risk::DiagnosticEngine diags(sources);
  uint32_t fileId = sources.addBuffer("fuzz.riskcard", std::string(reinterpret_cast<const char *>(data), size));
  std::unique_ptr<risk::Module> module = risk::parseModule(sources, fileId, diags);
  if (!module || module->hasSyntaxErrors)
    return 0;
  std::string formatted = risk::formatModule(*module, sources);
  uint32_t again = sources.addBuffer("formatted.riskcard", formatted);
  risk::DiagnosticEngine second(sources);
  std::unique_ptr<risk::Module> reparsed = risk::parseModule(sources, again, second);
  if (!reparsed || reparsed->hasSyntaxErrors)
    std::abort(); // the formatter wrote something the parser rejects
  return 0;
}
