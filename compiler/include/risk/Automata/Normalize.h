//===- Normalize.h - Lexicon terms that match disguised spellings -*- C++ -*-===//
//
// A lexicon's `normalize` options and Unicode case folding do not rewrite the
// input: each term is expanded into a regular expression that accepts the
// disguised spellings of the term as they occur in the raw text ("b.0.m.b",
// "ｂｏｍｂ", "bооmb" with Cyrillic o's). The expansion is compiled into the
// lexicon's automata like any pattern, so match positions are offsets into
// the input as written. docs/design/normalisation.md explains the choice.
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
  NormSeparators = 1u << 2, ///< punctuation or spaces between letters: "b.o.m.b"
  NormZeroWidth = 1u << 3,  ///< invisible characters between letters (U+200B...)
  NormHomoglyphs = 1u << 4, ///< look-alike letters of other scripts: Cyrillic о for o
  NormNfkc = 1u << 5,       ///< compatibility forms (fullwidth, mathematical, circled
                            ///< letters) and decomposed accents
  NormObfuscation = (1u << 6) - 1, ///< all of the above
};

/// The bit of a normalisation's name (`leetspeak`, ..., `obfuscation`).
std::optional<unsigned> normalizationNamed(llvm::StringRef name);
/// The mask of a list of names; unknown names are ignored (sema rejects them).
unsigned normalizationMask(llvm::ArrayRef<std::string> names);

/// The longest disguised spelling of a term that is found, in bytes: an
/// expanded term's match starts at most this far before its end. (Repeats and
/// separators make spellings unbounded; the bound keeps finding a match's
/// start linear in the text.)
constexpr size_t kMaxSpellingBytes = 256;

/// How a lexicon matches its terms.
struct TermOptions {
  bool foldCase = false; ///< letters match their other case (Unicode simple case mapping)
  bool phrases = false;  ///< whitespace in a term matches any run of whitespace
  unsigned normalize = 0;
};

/// A run of whitespace (space, tab, CR, LF), one or more: what a space of a
/// phrase term matches.
RegexNode whitespaceRun();

/// Whether `term` is matched through its expansion (`termRegex`) rather than
/// byte for byte: with any normalisation, or with case folding when the term
/// has a non-ASCII character. Such a term has no fixed length. A term that
/// is not valid UTF-8 is always matched byte for byte.
bool termNeedsRegex(llvm::StringRef term, const TermOptions &options);

/// The regular expression an expanded term stands for (over code points).
/// Each character of the term becomes the set of characters that may stand for
/// it (its other case, leetspeak symbols, homoglyphs, compatibility forms) or
/// its decomposed form; a run of one letter matches that many or more
/// (`repeats`); separators and zero-width characters may come between two
/// characters of a word.
RegexNode termRegex(llvm::StringRef term, const TermOptions &options);

} // namespace risk

#endif // RISK_AUTOMATA_NORMALIZE_H
