//===- Train.cpp - riskc train: a linear scorer from labelled prompts -------===//
#include "risk/Driver/Driver.h"
#include "risk/Model/Linear.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>

using namespace risk;
using namespace risk::driver;

static const char *const trainHelp = R"(usage: riskc train --data FILE --labels TAXONOMY -o MODEL.rkm [options]

Trains a linear scorer (one-vs-rest logistic regression over hashed word and
character n-grams) on the `train` split of labelled prompts, tunes each
label's threshold for F1 on the `dev` split, and writes a model that
`model NAME = linear("MODEL.rkm")` loads.
  --data FILE        labelled prompts (T2I-RiskyPrompt layout)
  --benign FILE      benign prompts, one per line, used as negatives
  --labels TAXONOMY  the labels: the leaf categories with codes of a taxonomy
                     module (`t2i` is std.taxonomy.t2i)
  -o FILE            the model to write
  --buckets N        hashed feature buckets, a power of two (default 65536)
  --epochs N         passes over the training prompts (default 12)
  --seed N           the shuffling seed (default 1); training is deterministic
)";

int driver::runTrain(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << trainHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  std::string data = args.value("--data").value_or("");
  std::string benign = args.value("--benign").value_or("");
  std::string labels = args.value("--labels").value_or("");
  std::string output = args.value("-o").value_or("");
  model::TrainOptions train;
  ok &= args.positive("--buckets", train.buckets);
  ok &= args.positive("--epochs", train.epochs);
  ok &= args.positive("--seed", train.seed);
  std::vector<std::string> rest;
  ok &= args.finish(rest, "train");
  if (!ok)
    return 1;
  if (data.empty() || labels.empty() || output.empty() || !rest.empty()) {
    errs() << "error: usage: riskc train --data FILE --labels TAXONOMY -o MODEL.rkm\n";
    return 1;
  }
  if (train.buckets & (train.buckets - 1) || train.buckets > (1u << 24)) {
    errs() << "error: `--buckets` must be a power of two up to 16777216\n";
    return 1;
  }

  // The labels: a taxonomy's leaf categories that have codes.
  std::string moduleName = llvm::StringRef(labels).contains('.') ? labels : "std.taxonomy." + labels;
  Compilation c(options);
  uint32_t id = c.sources.addBuffer("<train>", "import " + moduleName + " as labels\n");
  c.loader.loadRootBuffer(id);
  c.loader.resolveImports();
  c.sema.run();
  emitDiagnostics(c.diags, options.format);
  if (c.diags.hasErrors())
    return 1;
  std::vector<std::pair<std::string, std::string>> labelList;
  for (const TaxonomyDecl *t : c.sema.getTaxonomies())
    if (t->module && t->module->name == moduleName)
      t->walk([&](const CategoryDecl *cat) {
        if (cat->children.empty() && cat->code)
          labelList.push_back({cat->id.name, cat->code->value});
      });
  if (labelList.empty()) {
    errs() << "error: module `" << moduleName << "` has no leaf category with a code to learn\n";
    return 1;
  }

  std::vector<model::LabelledPrompt> prompts;
  size_t skipped = 0;
  std::string error;
  if (!model::loadLabelledPrompts(data, prompts, skipped, error) ||
      (!benign.empty() && !model::loadBenignPrompts(benign, prompts, error))) {
    errs() << "error: " << error << "\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  model::LinearModel m = model::trainLinear(prompts, labelList, train);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!model::writeModel(output, m, error)) {
    errs() << "error: cannot write `" << output << "`: " << error << "\n";
    return 1;
  }
  auto report = llvm::json::parse(m.trainingReport);
  const llvm::json::Object *r = report ? report->getAsObject() : nullptr;
  llvm::outs() << "trained " << labelList.size() << " labels on "
               << (r ? r->getInteger("train_prompts").value_or(0) : 0) << " prompts ("
               << llvm::format("%.1f", seconds) << " s, " << train.buckets << " buckets, "
               << train.epochs << " epochs, seed " << train.seed << "); dev macro-F1 "
               << llvm::format("%.3f", r ? r->getNumber("dev_macro_f1").value_or(0) : 0) << " on "
               << (r ? r->getInteger("dev_prompts").value_or(0) : 0) << " prompts\n";
  if (r)
    if (const llvm::json::Object *per = r->getObject("labels"))
      for (const model::LinearModel::Label &l : m.labels)
        if (const llvm::json::Object *o = per->getObject(l.name))
          llvm::outs() << llvm::format("  %-28s dev F1 %.3f  threshold %.2f  (%lld positives)\n",
                                       l.name.c_str(), o->getNumber("dev_f1").value_or(0),
                                       l.threshold, (long long)o->getInteger("dev_positives").value_or(0));
  if (!report)
    llvm::consumeError(report.takeError());
  llvm::outs() << "wrote " << output << " (" << (m.weights.size() * 4 + 512) / 1024 << " KiB)\n";
  return 0;
}
