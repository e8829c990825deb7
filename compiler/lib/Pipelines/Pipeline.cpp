//===- Pipeline.cpp - From the risk dialect to native code -----------------===//
//
// One place builds the pass pipeline; the JIT uses MLIR's ExecutionEngine and
// the object path LLVM's TargetMachine, both at -O3 for the host CPU.
//
//===----------------------------------------------------------------------===//
#include "risk/Pipelines/Pipeline.h"

#include "risk/Conversion/Passes.h"
#include "risk/Dialect/Risk/Transforms/Passes.h"
#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVMPass.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/Transforms/Utils/SplitModule.h"
#include <thread>
#include "llvm/Support/Threading.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVMPass.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Host.h"

using namespace risk;

void risk::buildRiskPipeline(mlir::OpPassManager &pm, Stage stage, const PipelineOptions &options) {
  pm.addPass(mlir::createCanonicalizerPass());
  pm.addNestedPass<PolicyOp>(createRiskHoistSignalsPass());
  pm.addPass(mlir::createCSEPass());
  pm.addNestedPass<PolicyOp>(createRiskFuseScansPass());
  if (stage == Stage::Risk)
    return;
  ConvertRiskToStandardOptions conversion;
  conversion.maxStates = options.maxAutomatonStates;
  conversion.maxFusedStates = options.maxFusedStates;
  conversion.rulesPerFunction = options.rulesPerFunction;
  conversion.wordTables = options.wordTables;
  const TargetDescription &target = *options.target;
  conversion.spanCapacity = target.spanCapacity;
  conversion.modelTableAlignment = target.modelTableAlignment;
  pm.addPass(createConvertRiskToStandardPass(conversion));
  // From here on the passes that work function by function run on the
  // functions in parallel (a large policy has many: its rule chunks).
  pm.addNestedPass<mlir::func::FuncOp>(mlir::createCanonicalizerPass());
  pm.addNestedPass<mlir::func::FuncOp>(mlir::createCSEPass());
  if (stage == Stage::Standard)
    return;
  if (target.isCuda()) {
    buildGpuPipeline(pm, stage, target);
    return;
  }
  if (stage == Stage::Gpu) // not a stage of the CPU's pipeline
    return;
  addHostLowering(pm);
}

void risk::addHostLowering(mlir::OpPassManager &pm) {
  pm.addNestedPass<mlir::func::FuncOp>(mlir::createConvertSCFToCFPass());
  pm.addNestedPass<mlir::func::FuncOp>(mlir::memref::createExpandStridedMetadataPass());
  pm.addNestedPass<mlir::func::FuncOp>(mlir::createLowerAffinePass());
  pm.addPass(mlir::createConvertVectorToLLVMPass());
  pm.addPass(mlir::createFinalizeMemRefToLLVMConversionPass());
  pm.addNestedPass<mlir::func::FuncOp>(mlir::createArithToLLVMConversionPass());
  pm.addNestedPass<mlir::func::FuncOp>(mlir::createConvertMathToLLVMPass());
  pm.addPass(mlir::createConvertFuncToLLVMPass());
  pm.addPass(mlir::createConvertControlFlowToLLVMPass());
  pm.addPass(mlir::createReconcileUnrealizedCastsPass());
}

void risk::registerRiskPasses() {
  registerRiskConversionPasses();
  registerRiskTransformsPasses();
  mlir::PassPipelineRegistration<>("risk-to-standard",
                                   "Optimise the risk dialect and lower it to standard dialects",
                                   [](mlir::OpPassManager &pm) { buildRiskPipeline(pm, Stage::Standard); });
  mlir::PassPipelineRegistration<>("risk-to-llvm", "Lower the risk dialect to the llvm dialect",
                                   [](mlir::OpPassManager &pm) { buildRiskPipeline(pm, Stage::LLVMDialect); });
  mlir::PassPipelineRegistration<>(
      "risk-to-nvvm", "Lower the risk dialect to a gpu.module in the llvm and nvvm dialects",
      [](mlir::OpPassManager &pm) {
        PipelineOptions options;
        options.target = &TargetDescription::cuda();
        buildRiskPipeline(pm, Stage::LLVMDialect, options);
      });
}

mlir::LogicalResult risk::lowerModule(mlir::ModuleOp module, Stage stage,
                                      const PipelineOptions &options) {
  mlir::PassManager pm(module.getContext());
  // Every pass's output is verified once, at the end, not after each pass:
  // verification is linear but costs as much as a pass (a third of the
  // build of a 10,000-rule policy). risk-opt verifies after every pass.
  pm.enableVerifier(false);
  buildRiskPipeline(pm, stage, options);
  if (mlir::failed(pm.run(module)))
    return mlir::failure();
  return mlir::verify(module);
}

static void initializeTargets() {
  static bool done = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)done;
}

JitGuard::~JitGuard() = default;

llvm::Expected<std::unique_ptr<JitGuard>> JitGuard::create(mlir::ModuleOp module) {
  initializeTargets();
  mlir::registerBuiltinDialectTranslation(*module.getContext());
  mlir::registerLLVMDialectTranslation(*module.getContext());
  mlir::ExecutionEngineOptions options;
  options.transformer = mlir::makeOptimizingTransformer(3, 0, nullptr);
  options.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Aggressive;
  auto engine = mlir::ExecutionEngine::create(module, options);
  if (!engine)
    return engine.takeError();
  std::unique_ptr<JitGuard> guard(new JitGuard());
  guard->engine = std::move(*engine);
  auto fn = guard->engine->lookup("_mlir_ciface_risk_eval");
  if (!fn)
    return fn.takeError();
  guard->fn = reinterpret_cast<riskrt::EvalFn>(*fn);
  return std::move(guard);
}

/// A target machine for the host (one per thread that compiles).
static std::unique_ptr<llvm::TargetMachine> createHostMachine(std::string &error) {
  std::string triple = llvm::sys::getDefaultTargetTriple();
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  llvm::TargetOptions options;
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      triple, llvm::sys::getHostCPUName(), "", options, llvm::Reloc::PIC_, std::nullopt,
      llvm::CodeGenOptLevel::Aggressive));
}

/// Translates, embeds the manifest and optimises for the host.
static llvm::Expected<std::unique_ptr<llvm::Module>>
buildLLVMModule(mlir::ModuleOp module, llvm::LLVMContext &context, llvm::StringRef manifest,
                llvm::StringRef cudaImage, llvm::TargetMachine *&machineOut) {
  initializeTargets();
  mlir::registerBuiltinDialectTranslation(*module.getContext());
  mlir::registerLLVMDialectTranslation(*module.getContext());
  std::unique_ptr<llvm::Module> llvmModule = mlir::translateModuleToLLVMIR(module, context);
  if (!llvmModule)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the module cannot be translated to LLVM IR");
  llvm::Constant *data = llvm::ConstantDataArray::getString(context, manifest, /*AddNull=*/true);
  new llvm::GlobalVariable(*llvmModule, data->getType(), /*isConstant=*/true,
                           llvm::GlobalValue::ExternalLinkage, data, "riskcard_guard_manifest");
  if (!cudaImage.empty()) {
    // The device code travels in the same artefact (runtime/cuda reads it).
    llvm::Constant *image = llvm::ConstantDataArray::getString(context, cudaImage, /*AddNull=*/false);
    auto *global = new llvm::GlobalVariable(*llvmModule, image->getType(), /*isConstant=*/true,
                                            llvm::GlobalValue::ExternalLinkage, image,
                                            "riskcard_guard_cuda_image");
    global->setAlignment(llvm::Align(16));
    new llvm::GlobalVariable(*llvmModule, llvm::Type::getInt64Ty(context), /*isConstant=*/true,
                             llvm::GlobalValue::ExternalLinkage,
                             llvm::ConstantInt::get(llvm::Type::getInt64Ty(context), cudaImage.size()),
                             "riskcard_guard_cuda_image_size");
  }
  std::string error;
  static std::unique_ptr<llvm::TargetMachine> machine = createHostMachine(error);
  if (!machine)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   error.empty() ? "no target for this host" : error);
  llvmModule->setTargetTriple(machine->getTargetTriple().str());
  llvmModule->setDataLayout(machine->createDataLayout());
  auto optimize = mlir::makeOptimizingTransformer(3, 0, machine.get());
  if (llvm::Error err = optimize(llvmModule.get()))
    return std::move(err);
  machineOut = machine.get();
  return std::move(llvmModule);
}

llvm::Expected<std::string> risk::translateToLLVMIR(mlir::ModuleOp module, llvm::StringRef manifest,
                                                    llvm::StringRef cudaImage) {
  llvm::LLVMContext context;
  llvm::TargetMachine *machine = nullptr;
  auto llvmModule = buildLLVMModule(module, context, manifest, cudaImage, machine);
  if (!llvmModule)
    return llvmModule.takeError();
  std::string out;
  llvm::raw_string_ostream os(out);
  (*llvmModule)->print(os, nullptr);
  return out;
}

/// Generates `module`'s object code into `os`; the error, or "".
static std::string emitCode(llvm::Module &module, llvm::TargetMachine &machine,
                            llvm::raw_pwrite_stream &os) {
  llvm::legacy::PassManager pm;
  if (machine.addPassesToEmitFile(pm, os, nullptr, llvm::CodeGenFileType::ObjectFile))
    return "the target cannot emit object files";
  pm.run(module);
  return "";
}

llvm::Expected<std::vector<std::string>>
risk::emitObjectFiles(mlir::ModuleOp module, llvm::StringRef manifest, llvm::StringRef path,
                      llvm::StringRef cudaImage) {
  bool chunked = false;
  module.walk([&](mlir::Operation *op) {
    if (op->hasAttr("risk.rule_chunk"))
      chunked = true;
  });
  unsigned parts = chunked ? std::max(1u, std::min(8u, llvm::hardware_concurrency().compute_thread_count()))
                           : 1;
  if (parts == 1) {
    if (llvm::Error err = emitObjectFile(module, manifest, path, cudaImage))
      return std::move(err);
    return std::vector<std::string>{path.str()};
  }
  llvm::LLVMContext context;
  llvm::TargetMachine *machine = nullptr;
  auto llvmModule = buildLLVMModule(module, context, manifest, cudaImage, machine);
  if (!llvmModule)
    return llvmModule.takeError();
  std::vector<std::string> paths;
  std::vector<std::unique_ptr<llvm::raw_fd_ostream>> streams;
  std::vector<llvm::raw_pwrite_stream *> outs;
  for (unsigned i = 0; i < parts; ++i) {
    paths.push_back(i == 0 ? path.str() : (path + "." + llvm::Twine(i) + ".o").str());
    std::error_code ec;
    streams.push_back(std::make_unique<llvm::raw_fd_ostream>(paths.back(), ec, llvm::sys::fs::OF_None));
    if (ec)
      return llvm::createStringError(ec, "cannot write `%s`: %s", paths.back().c_str(), ec.message().c_str());
    outs.push_back(streams.back().get());
  }
  // Cut the optimised module into parts (internal symbols become hidden
  // globals so that parts can reach each other; the guard's version script
  // keeps them out of its exports), each carried to its own thread as
  // bitcode, since an LLVM context belongs to one thread.
  std::vector<llvm::SmallString<0>> bitcode;
  llvm::SplitModule(
      **llvmModule, parts,
      [&](std::unique_ptr<llvm::Module> part) {
        llvm::SmallString<0> buffer;
        llvm::raw_svector_ostream os(buffer);
        llvm::WriteBitcodeToFile(*part, os);
        bitcode.push_back(std::move(buffer));
      },
      /*PreserveLocals=*/false);
  std::vector<std::string> errors(bitcode.size());
  std::vector<std::thread> threads;
  for (size_t i = 0; i < bitcode.size() && i < outs.size(); ++i)
    threads.emplace_back([&, i] {
      llvm::LLVMContext partContext;
      auto part = llvm::parseBitcodeFile(llvm::MemoryBufferRef(bitcode[i], "part"), partContext);
      if (!part) {
        errors[i] = llvm::toString(part.takeError());
        return;
      }
      std::unique_ptr<llvm::TargetMachine> partMachine = createHostMachine(errors[i]);
      if (partMachine)
        errors[i] = emitCode(**part, *partMachine, *outs[i]);
    });
  for (std::thread &t : threads)
    t.join();
  for (const std::string &e : errors)
    if (!e.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(), e);
  for (auto &stream : streams)
    stream->close();
  return paths;
}

llvm::Error risk::emitObjectFile(mlir::ModuleOp module, llvm::StringRef manifest, llvm::StringRef path,
                                 llvm::StringRef cudaImage) {
  llvm::LLVMContext context;
  llvm::TargetMachine *machine = nullptr;
  auto llvmModule = buildLLVMModule(module, context, manifest, cudaImage, machine);
  if (!llvmModule)
    return llvmModule.takeError();
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec)
    return llvm::createStringError(ec, "cannot write `%s`: %s", path.str().c_str(), ec.message().c_str());
  std::string error = emitCode(**llvmModule, *machine, os);
  if (!error.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), error);
  return llvm::Error::success();
}
