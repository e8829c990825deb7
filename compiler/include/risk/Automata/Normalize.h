//===- Normalize.h - A lexicon's options for matching its terms -*- C++ -*-===//
//
// The `normalize` options of a lexicon (matched through skeletons: Skeleton.h
// and docs/design/normalisation.md), case folding and phrases, and the
// expression of a term that is matched by its characters' cases rather than
// byte for byte.
//
//===----------------------------------------------------------------------===//

#ifndef RISK_AUTOMATA_NORMALIZE_H
#define RISK_AUTOMATA_NORMALIZE_H

#include "risk/Automata/Regex.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace risk {

/// The normalisations of a lexicon, as a bit mask.
enum Normalization : unsigned {
  NormLeetspeak = 1u << 0,  ///< digits and symbols for letters: 4 → a, 3 → e, $ → s
  NormRepeats = 1u << 1,    ///< a letter repeated: "bloooood"
  NormSeparators = 1u << 2, ///< the letters of a word written apart: "b.o.m.b"
  NormZeroWidth = 1u << 3,  ///< invisible (default-ignorable) characters dropped
  NormHomoglyphs = 1u << 4, ///< look-alike letters of other scripts: Cyrillic о for o
  NormNfkc = 1u << 5,       ///< compatibility forms (fullwidth, mathematical, circled
                            ///< letters, ligatures) and accents
  NormObfuscation = (1u << 6) - 1, ///< all of the above
  /// One inner letter of a word masked: "n*de", "p#rn". Not part of
  /// `obfuscation`: it multiplies a term's spellings by its length, which a
  /// lexicon of names (thousands of long terms) cannot afford.
  NormMasks = 1u << 6,
  /// The normalisations that change only the term expressions, not the
  /// skeleton of the text.
  NormTermOnly = NormRepeats | NormMasks,
};

/// The bit of a normalisation's name (`leetspeak`, ..., `obfuscation`).
std::optional<unsigned> normalizationNamed(llvm::StringRef name);
/// The mask of a list of names; unknown names are ignored (sema rejects them).
unsigned normalizationMask(llvm::ArrayRef<std::string> names);

/// The longest disguised spelling of a term that is found, in skeleton
/// bytes: a normalised term's match starts at most this far before its end.
/// (Repeats and separators make spellings unbounded; the bound keeps finding
/// a match's start linear in the text.)
constexpr size_t kMaxSpellingBytes = 256;

/// The most bytes a lexicon term may have (longer is an error, reported
/// before any automaton is built: no term is a megabyte).
constexpr size_t kMaxTermBytes = 1024;

/// How a lexicon matches its terms.
struct TermOptions {
  bool foldCase = false; ///< letters match their other case (Unicode simple case mapping)
  bool phrases = false;  ///< whitespace in a term matches any run of whitespace
  unsigned normalize = 0;
};

/// A run of whitespace (space, tab, CR, LF), one or more: what a space of a
/// phrase term matches.
RegexNode whitespaceRun();

/// Whitespace that a space of a `phrases` term matches (a run of it, for a
/// run of it in the term).
bool isTermSpace(uint32_t c);

/// Whether `term` is matched through an expression rather than byte for
/// byte: with any normalisation (skeletonTermRegex), or with case folding when
/// the term has a non-ASCII character (termRegex). Such a term has no fixed
/// length. A term that is not valid UTF-8 is always matched byte for byte.
bool termNeedsRegex(llvm::StringRef term, const TermOptions &options);

/// The expression of a term of a lexicon without normalisation whose
/// characters match their other cases (Unicode simple case mapping); a run of
/// whitespace matches any run with `phrases`.
RegexNode termRegex(llvm::StringRef term, const TermOptions &options);

} // namespace risk

#endif // RISK_AUTOMATA_NORMALIZE_H
