//===- Disguise.h - Disguised spellings, for measuring guards ---*- C++ -*-===//
//
// The disguises people use to slip words past a filter, applied to a whole
// text deterministically (the same text and kind give the same result): for
// `riskc bench t2i --obfuscate`, which measures how much detection a guard
// loses under each, and for the differential tests. Not used by guards.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_AUTOMATA_DISGUISE_H
#define RISK_AUTOMATA_DISGUISE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace risk {

enum class Disguise {
  Fullwidth,     ///< ASCII letters and digits as their fullwidth forms (ｎｕｄｅ)
  MathBold,      ///< letters as mathematical bold (𝐧𝐮𝐝𝐞)
  Doubled,       ///< every letter twice (nnuuddee)
  Cyrillic,      ///< Latin letters replaced by Cyrillic and Greek look-alikes
  ZeroWidth,     ///< a zero-width space before each word and inside long ones
  NoBreakSpace,  ///< every space a no-break space
  SoftHyphen,    ///< a soft hyphen inside each word of four letters or more
  Dots,          ///< the letters of each word of three or more separated by dots
  Spaced,        ///< the letters of each word of three or more separated by spaces
  Leetspeak,     ///< a 4, e 3, i 1, o 0, s 5, t 7
  Accents,       ///< vowels with accents (nüdé), half of them decomposed
  SmallCaps,     ///< letters as phonetic small capitals (ɴᴜᴅᴇ)
  Squared,       ///< letters as negative squared capitals (🅽🆄🅳🅴)
  Masked,        ///< in each word of four letters or more, one inner vowel a `*` (n*de)
  Mixed,         ///< each word one of the disguises above, chosen by a seed
};

/// Every disguise, in a fixed order, and its name (`fullwidth`, ...).
llvm::ArrayRef<Disguise> allDisguises();
llvm::StringRef disguiseName(Disguise d);

/// `text` (UTF-8) disguised; characters that are not ASCII are left alone.
std::string disguise(llvm::StringRef text, Disguise d);

} // namespace risk

#endif // RISK_AUTOMATA_DISGUISE_H
