//===- Engine.cpp - Choosing how to evaluate -------------------------------===//
#include "risk/Driver/Engine.h"

#include "risk/Eval/Interpreter.h"
#include "llvm/Support/raw_ostream.h"

using namespace risk;

namespace {
class InterpreterEngine : public Engine {
public:
  explicit InterpreterEngine(const CheckedPolicy &policy) : interpreter(policy) {}
  EngineResult run(llvm::StringRef json) override {
    EngineResult result;
    riskrt::PreparedInput input;
    std::vector<int64_t> out;
    if (!interpreter.run(json, input, out, result.decision))
      return result;
    result.evaluated = true;
    result.decision = riskrt::assembleDecision(interpreter.manifest(), input, out);
    size_t rules = interpreter.manifest().rules.size();
    result.ruleBits.assign(out.begin() + riskrt::OutLayout::Rules,
                           out.begin() + riskrt::OutLayout::Rules + rules);
    return result;
  }

private:
  Interpreter interpreter;
};
} // namespace

const char *risk::defaultEngineName() { return "interp"; }

std::unique_ptr<Engine> risk::createEngine(llvm::StringRef name, const CheckedPolicy &policy,
                                           DiagnosticEngine &diags) {
  if (name == "interp")
    return std::make_unique<InterpreterEngine>(policy);
  llvm::errs() << "riskc: error: unknown engine `" << name << "`; the engines are `interp`\n";
  return nullptr;
}
