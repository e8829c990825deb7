//===- Engine.cpp - Choosing how to evaluate -------------------------------===//
#include "risk/Driver/Engine.h"

#include "risk/Eval/Interpreter.h"
#include "risk/Pipelines/Compile.h"
#include "llvm/Support/raw_ostream.h"

using namespace risk;

namespace {
class InterpreterEngine : public Engine {
public:
  explicit InterpreterEngine(const CheckedPolicy &policy)
      : interpreter(policy), guard_(interpreter.manifest(), interpreter) {}
  riskrt::Guard &guard() override { return guard_; }

private:
  Interpreter interpreter;
  riskrt::Guard guard_;
};

/// The compiled guard, JIT-compiled in memory: the same code `riskc build`
/// writes into a shared object.
class JitEngine : public Engine {
public:
  static std::unique_ptr<JitEngine> create(const CheckedPolicy &policy, DiagnosticEngine &diags,
                                           const PipelineOptions &options) {
    riskrt::Manifest manifest;
    std::string error;
    if (!manifest.parse(policy.manifestJson(), error)) {
      diags.report(DiagId::CompileError, policy.decl->name.range, {"manifest: " + error});
      return nullptr;
    }
    auto context = std::make_unique<mlir::MLIRContext>();
    mlir::OwningOpRef<mlir::ModuleOp> module = compilePolicy(
        *context, policy, diags.getSourceManager(), diags, Stage::LLVMDialect, options);
    if (!module)
      return nullptr;
    auto jit = JitGuard::create(*module);
    if (!jit) {
      diags.report(DiagId::CompileError, policy.decl->name.range, {llvm::toString(jit.takeError())});
      return nullptr;
    }
    riskrt::EvalFn fn = (*jit)->function();
    return std::unique_ptr<JitEngine>(new JitEngine(std::move(context), std::move(module),
                                                    std::move(*jit), std::move(manifest), fn));
  }
  riskrt::Guard &guard() override { return guard_; }

private:
  JitEngine(std::unique_ptr<mlir::MLIRContext> context, mlir::OwningOpRef<mlir::ModuleOp> module,
            std::unique_ptr<JitGuard> jit, riskrt::Manifest manifest, riskrt::EvalFn fn)
      : context(std::move(context)), module(std::move(module)), jit(std::move(jit)),
        guard_(std::move(manifest), fn) {}
  std::unique_ptr<mlir::MLIRContext> context;
  mlir::OwningOpRef<mlir::ModuleOp> module;
  std::unique_ptr<JitGuard> jit;
  riskrt::Guard guard_;
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
