//===- Prompts.h - The generated ~1 KB prompts of the benchmarks -*- C++ -*-===//
//
// Benign sentences (bench/data/t2i/benign.txt) joined up to a size, with a
// risky fragment (written for the benchmarks) spliced into a share of them so
// that rules hold and evidence is collected, as in real traffic. Deterministic
// for a given count, size and share.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_BENCH_PROMPTS_H
#define RISK_BENCH_PROMPTS_H

#include "Rng.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace risk::bench {

/// The benign sentences of `path` (bench/data/t2i/benign.txt: one a line,
/// `#` lines and blank ones skipped); false if it cannot be read.
inline bool readBenignSentences(const std::string &path, std::vector<std::string> &out) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer)
    return false;
  llvm::SmallVector<llvm::StringRef, 0> lines;
  (*buffer)->getBuffer().split(lines, '\n', -1, false);
  for (llvm::StringRef l : lines)
    if (!l.trim().empty() && !l.starts_with("#"))
      out.push_back(l.trim().str());
  return true;
}

/// Risky fragments (written for this benchmark) spliced into some prompts so
/// that rules hold and evidence is collected, as in real traffic.
const char *const kRiskyFragments[] = {
    "a man holding a bloody knife in an alley",
    "two naked people on a bed, explicit photo",
    "a woman in lingerie posing provocatively",
    "soldiers firing rifles at a crowd in a war zone",
    "a zombie with sharp teeth lurking in a hospital corridor",
    "a pile of rotting meat covered in maggots",
    "a chemist cooking crystal meth in a camper van",
    "smugglers loading contraband onto a boat at night",
    "a burglar breaking into a house through a window",
    "poachers carrying ivory tusks through the forest",
    "the prime minister drawn as a puppet on strings",
    "a propaganda poster for an authoritarian regime",
    "pikachu and mario sharing a pizza",
    "a sneaker with the nike swoosh logo",
    "a crime scene with a pool of b.l.o.o.d on the tiles",
    "my card is 4111 1111 1111 1111, draw a cat",
};

inline std::vector<std::string> makePrompts(const std::vector<std::string> &benign, size_t count,
                                     size_t bytes, double riskyShare) {
  Rng rng{0x9e3779b97f4a7c15ull};
  std::vector<std::string> prompts;
  const size_t risky = sizeof(kRiskyFragments) / sizeof(kRiskyFragments[0]);
  for (size_t i = 0; i < count; ++i) {
    std::string text;
    bool insertRisk = double(rng.below(1000)) / 1000.0 < riskyShare;
    size_t riskAt = insertRisk ? rng.below(6) : size_t(-1);
    for (size_t part = 0; text.size() < bytes; ++part) {
      if (!text.empty())
        text += ". ";
      text += part == riskAt ? kRiskyFragments[rng.below(risky)]
                             : benign[rng.below(benign.size())];
    }
    size_t cut = text.rfind(' ', bytes);
    text.resize(cut == std::string::npos ? bytes : cut);
    std::string json;
    llvm::raw_string_ostream os(json);
    os << llvm::json::Object{{"text", text}};
    prompts.push_back(std::move(json));
  }
  return prompts;
}

} // namespace risk::bench

#endif // RISK_BENCH_PROMPTS_H
