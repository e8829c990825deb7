//===- Engine.cpp - Choosing how to evaluate -------------------------------===//
#include "risk/Driver/Engine.h"

#include "risk/Eval/Interpreter.h"
#include "risk/Pipelines/Compile.h"
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
/// The compiled guard, JIT-compiled in memory: the same code `riskc build`
/// writes into a shared object.
class JitEngine : public Engine {
public:
  static std::unique_ptr<JitEngine> create(const CheckedPolicy &policy, DiagnosticEngine &diags,
                                           const PipelineOptions &options) {
    std::unique_ptr<JitEngine> engine(new JitEngine());
    std::string error;
    if (!engine->manifest.parse(policy.manifestJson(), error)) {
      diags.report(DiagId::CompileError, policy.decl->name.range, {"manifest: " + error});
      return nullptr;
    }
    engine->module = compilePolicy(engine->context, policy, diags.getSourceManager(), diags,
                                   Stage::LLVMDialect, options);
    if (!engine->module)
      return nullptr;
    auto jit = JitGuard::create(*engine->module);
    if (!jit) {
      diags.report(DiagId::CompileError, policy.decl->name.range, {llvm::toString(jit.takeError())});
      return nullptr;
    }
    engine->jit = std::move(*jit);
    return engine;
  }

  EngineResult run(llvm::StringRef json) override {
    EngineResult result;
    riskrt::PreparedInput input;
    if (!riskrt::prepareInput(manifest, json.data(), json.size(), input, result.decision))
      return result;
    std::vector<int64_t> out(riskrt::outSize(manifest), 0);
    riskrt::MemRef1D<char> arena{input.arena.data(), input.arena.data(), 0,
                                 int64_t(input.arena.size()), 1};
    riskrt::MemRef1D<int64_t> slots{input.slots.data(), input.slots.data(), 0,
                                    int64_t(input.slots.size()), 1};
    riskrt::MemRef1D<double> numbers{input.numbers.data(), input.numbers.data(), 0,
                                     int64_t(input.numbers.size()), 1};
    riskrt::MemRef1D<int64_t> outRef{out.data(), out.data(), 0, int64_t(out.size()), 1};
    jit->function()(&arena, &slots, &numbers, &outRef);
    result.evaluated = true;
    result.decision = riskrt::assembleDecision(manifest, input, out);
    result.ruleBits.assign(out.begin() + riskrt::OutLayout::Rules,
                           out.begin() + riskrt::OutLayout::Rules + manifest.rules.size());
    return result;
  }

private:
  JitEngine() = default;
  mlir::MLIRContext context;
  mlir::OwningOpRef<mlir::ModuleOp> module;
  std::unique_ptr<JitGuard> jit;
  riskrt::Manifest manifest;
};
} // namespace

const char *risk::defaultEngineName() { return "jit"; }

std::unique_ptr<Engine> risk::createEngine(llvm::StringRef name, const CheckedPolicy &policy,
                                           DiagnosticEngine &diags, const PipelineOptions &options) {
  if (name == "interp")
    return std::make_unique<InterpreterEngine>(policy);
  if (name == "jit")
    return JitEngine::create(policy, diags, options);
  llvm::errs() << "riskc: error: unknown engine `" << name << "`; the engines are `jit` and `interp`\n";
  return nullptr;
}
