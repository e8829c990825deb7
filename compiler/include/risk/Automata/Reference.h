//===- Reference.h - Obviously correct matching, linear time -----*- C++ -*-===//
//
// The semantics the automata must reproduce, written as directly as possible
// so that they can serve as an oracle, and independently of them: a pattern
// becomes a Thompson NFA over code points (built from the tree, not through
// the automata library) simulated a set of states at a time, so a search takes
// time linear in the text times the pattern and memory linear in the pattern;
// lexicon terms are tried at every position (a term spelt through a regex runs
// the NFA from each start, at most kMaxSpellingBytes on). The reference
// interpreter uses these; the unit tests compare the automata with them on
// random patterns and texts.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_AUTOMATA_REFERENCE_H
#define RISK_AUTOMATA_REFERENCE_H

#include "risk/Automata/Normalize.h"
#include "risk/Automata/Regex.h"
#include <optional>
#include <utility>
#include <vector>

namespace risk {
struct SkeletonWords;

/// The leftmost-longest match of `pattern` in `text`, as byte offsets.
std::optional<std::pair<size_t, size_t>> referenceFind(const RegexNode &pattern,
                                                       llvm::StringRef text);

/// Every non-overlapping match of `pattern` in `text`, left to right: the
/// leftmost-longest match, then the leftmost-longest starting where it ended
/// (one character later after an empty match), and so on.
std::vector<std::pair<size_t, size_t>> referenceFindAll(const RegexNode &pattern,
                                                        llvm::StringRef text);

/// Every occurrence of a lexicon term in `text`: (start, end) byte offsets,
/// ordered by end then start. `foldCase` folds ASCII letters; `words` requires
/// lexicon word boundaries on both sides; `flexibleSpaces` lets a run of
/// whitespace in the term match any run of whitespace in the text.
std::vector<std::pair<size_t, size_t>> referenceTermMatches(llvm::StringRef term,
                                                            llvm::StringRef text, bool foldCase,
                                                            bool words, bool flexibleSpaces);

/// The same, for a term of a lexicon with these options. A term matched
/// through its expansion (`termNeedsRegex`) has no fixed length: for each
/// place where a spelling of it ends, the match is the longest spelling that
/// ends there (its earliest start), and `words` applies to that one.
std::vector<std::pair<size_t, size_t>> referenceTermMatches(llvm::StringRef term, llvm::StringRef text,
                                                            const TermOptions &options, bool words);

/// referenceTermMatches for each of a lexicon's terms (the skeleton of `text`
/// is computed once), read with the policy's words for this skeleton
/// (`policyWords`: with `masks`, what masked words read as, by default the
/// vocabulary of `terms` alone; with `separators`, what letters written apart
/// split into, by default the dictionary).
std::vector<std::vector<std::pair<size_t, size_t>>>
referenceLexiconMatches(llvm::ArrayRef<std::string> terms, llvm::StringRef text,
                        const TermOptions &options, bool words,
                        const SkeletonWords *policyWords = nullptr);

} // namespace risk

#endif // RISK_AUTOMATA_REFERENCE_H
