//===- Compile.cpp - A checked policy through the whole pipeline -----------===//
#include "risk/Pipelines/Compile.h"

#include "risk/MLIRGen/MLIRGen.h"
#include "mlir/IR/Diagnostics.h"

using namespace risk;

/// Finds the buffer a FileLineColLoc names, to report against our sources.
static SourceRange rangeOf(mlir::Location loc, const SourceManager &sources) {
  auto file = mlir::dyn_cast<mlir::FileLineColLoc>(loc);
  if (!file)
    return {};
  for (uint32_t id = 1; id <= sources.getNumFiles(); ++id)
    if (sources.getPath(id) == file.getFilename().getValue()) {
      SourceLoc start = sources.getLineStart(id, file.getLine());
      return SourceRange({id, start.offset + file.getColumn() - 1});
    }
  return {};
}

mlir::OwningOpRef<mlir::ModuleOp> risk::compilePolicy(mlir::MLIRContext &context,
                                                      const CheckedPolicy &policy,
                                                      const SourceManager &sources,
                                                      DiagnosticEngine &diags, Stage stage,
                                                      const PipelineOptions &options) {
  mlir::ScopedDiagnosticHandler handler(&context, [&](mlir::Diagnostic &d) {
    if (d.getSeverity() == mlir::DiagnosticSeverity::Error)
      diags.report(DiagId::CompileError, rangeOf(d.getLocation(), sources), {d.str()});
    return mlir::success();
  });
  mlir::OwningOpRef<mlir::ModuleOp> module = generatePolicyModule(context, policy, sources, diags);
  if (!module)
    return nullptr;
  if (mlir::failed(lowerModule(*module, stage, options))) {
    if (!diags.hasErrors())
      diags.report(DiagId::CompileError, policy.decl->name.range,
                   {"the compilation pipeline failed"});
    return nullptr;
  }
  return module;
}
