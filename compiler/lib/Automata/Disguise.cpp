//===- Disguise.cpp - Disguised spellings, for measuring guards ------------===//
//
// Word by word: a word is a run of ASCII letters and digits; the rest of the
// text is copied. `Mixed` picks a disguise per word with a generator seeded
// by the text, so the result is reproducible.
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Disguise.h"

#include "llvm/ADT/StringExtras.h"

#include <cstring>

#include <cstdint>

using namespace risk;

namespace {

void appendUtf8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | cp >> 6);
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | cp >> 12);
    out += char(0x80 | (cp >> 6 & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | cp >> 18);
    out += char(0x80 | (cp >> 12 & 0x3F));
    out += char(0x80 | (cp >> 6 & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

/// A Cyrillic or Greek letter that looks like `c`, or 0.
uint32_t lookAlike(char c) {
  switch (c) {
  case 'a': return 0x0430; case 'c': return 0x0441; case 'e': return 0x0435;
  case 'i': return 0x0456; case 'j': return 0x0458; case 'o': return 0x043E;
  case 'p': return 0x0440; case 's': return 0x0455; case 'x': return 0x0445;
  case 'y': return 0x0443; case 'h': return 0x04BB; case 'v': return 0x03BD;
  case 'A': return 0x0410; case 'B': return 0x0412; case 'C': return 0x0421;
  case 'E': return 0x0415; case 'H': return 0x041D; case 'K': return 0x041A;
  case 'M': return 0x041C; case 'O': return 0x041E; case 'P': return 0x0420;
  case 'T': return 0x0422; case 'X': return 0x0425; case 'Y': return 0x04AE;
  default: return 0;
  }
}

char leet(char c) {
  switch (llvm::toLower(c)) {
  case 'a': return '4'; case 'e': return '3'; case 'i': return '1';
  case 'o': return '0'; case 's': return '5'; case 't': return '7';
  default: return c;
  }
}

/// One word (ASCII letters and digits) disguised; `k` counts words.
void disguiseWord(std::string &out, llvm::StringRef w, Disguise d, uint64_t &seed) {
  auto separated = [&](const char *sep) {
    if (w.size() < 3) {
      out += w;
      return;
    }
    for (size_t i = 0; i < w.size(); ++i)
      out += (i ? sep : "") + std::string(1, w[i]);
  };
  switch (d) {
  case Disguise::Fullwidth:
    for (char c : w)
      appendUtf8(out, uint32_t(c) - 0x21 + 0xFF01);
    return;
  case Disguise::MathBold:
    for (char c : w)
      appendUtf8(out, llvm::isDigit(c)   ? 0x1D7CE + uint32_t(c - '0')
                      : llvm::isUpper(c) ? 0x1D400 + uint32_t(c - 'A')
                                         : 0x1D41A + uint32_t(c - 'a'));
    return;
  case Disguise::Doubled:
    for (char c : w)
      out += std::string(2, c);
    return;
  case Disguise::Cyrillic:
    for (char c : w)
      if (uint32_t l = lookAlike(c))
        appendUtf8(out, l);
      else
        out += c;
    return;
  case Disguise::ZeroWidth:
    appendUtf8(out, 0x200B);
    for (size_t i = 0; i < w.size(); ++i) {
      if (i == 2 && w.size() >= 5)
        appendUtf8(out, 0x200B);
      out += w[i];
    }
    return;
  case Disguise::NoBreakSpace:
    out += w;
    return;
  case Disguise::SoftHyphen:
    for (size_t i = 0; i < w.size(); ++i) {
      if (i == 2 && w.size() >= 4)
        appendUtf8(out, 0x00AD);
      out += w[i];
    }
    return;
  case Disguise::Dots:
    separated(".");
    return;
  case Disguise::Spaced:
    separated(" ");
    return;
  case Disguise::Leetspeak:
    for (char c : w)
      out += leet(c);
    return;
  case Disguise::Accents: {
    size_t vowel = 0;
    for (char c : w) {
      static const char *const vowels = "aeiouAEIOU";
      const char *at = std::strchr(vowels, c);
      if (!at || !c) {
        out += c;
        continue;
      }
      // Precomposed (with a diaeresis) and decomposed (with an acute accent) in turn.
      if (vowel++ % 2 == 0) {
        static const uint32_t umlaut[] = {0xE4, 0xEB, 0xEF, 0xF6, 0xFC, 0xC4, 0xCB, 0xCF, 0xD6, 0xDC};
        appendUtf8(out, umlaut[at - vowels]);
      } else {
        out += c;
        appendUtf8(out, 0x0301);
      }
    }
    return;
  }
  case Disguise::SmallCaps:
    for (char c : w) {
      // The phonetic small capitals (no x and no q among them: those stay).
      static const char *const smallCaps[26] = {"ᴀ", "ʙ", "ᴄ", "ᴅ", "ᴇ", "ꜰ", "ɢ", "ʜ", "ɪ", "ᴊ", "ᴋ", "ʟ", "ᴍ",
                                                "ɴ", "ᴏ", "ᴘ", "q", "ʀ", "ꜱ", "ᴛ", "ᴜ", "ᴠ", "ᴡ", "x", "ʏ", "ᴢ"};
      out += llvm::isAlpha(c) ? smallCaps[llvm::toLower(c) - 'a'] : std::string(1, c);
    }
    return;
  case Disguise::Squared:
    for (char c : w)
      if (llvm::isAlpha(c))
        appendUtf8(out, 0x1F170 + uint32_t(llvm::toLower(c) - 'a'));
      else
        out += c;
    return;
  case Disguise::Masked: {
    // The first vowel that is neither the first nor the last letter.
    size_t at = 0;
    for (size_t i = 1; w.size() >= 4 && i + 1 < w.size() && !at; ++i)
      if (std::strchr("aeiouAEIOU", w[i]))
        at = i;
    for (size_t i = 0; i < w.size(); ++i)
      out += at && i == at ? '*' : w[i];
    return;
  }
  case Disguise::Mixed: {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    llvm::ArrayRef<Disguise> kinds = allDisguises().drop_back(); // not Mixed itself
    disguiseWord(out, w, kinds[seed % kinds.size()], seed);
    return;
  }
  }
}

} // namespace

llvm::ArrayRef<Disguise> risk::allDisguises() {
  static const Disguise all[] = {Disguise::Fullwidth,    Disguise::MathBold,   Disguise::Doubled,
                                 Disguise::Cyrillic,     Disguise::ZeroWidth,  Disguise::NoBreakSpace,
                                 Disguise::SoftHyphen,   Disguise::Dots,       Disguise::Spaced,
                                 Disguise::Leetspeak,    Disguise::Accents,    Disguise::SmallCaps,
                                 Disguise::Squared,      Disguise::Masked,     Disguise::Mixed};
  return all;
}

llvm::StringRef risk::disguiseName(Disguise d) {
  static const char *const names[] = {"fullwidth", "math-bold", "doubled",  "cyrillic",
                                      "zero-width", "no-break-space", "soft-hyphen", "dots",
                                      "spaced",    "leetspeak", "accents",  "small-caps",
                                      "squared",   "masked",    "mixed"};
  return names[size_t(d)];
}

std::string risk::disguise(llvm::StringRef text, Disguise d) {
  uint64_t seed = 0xcbf29ce484222325ull;
  for (char c : text)
    seed = (seed ^ uint8_t(c)) * 0x100000001b3ull;
  seed |= 1;
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (llvm::isAlnum(text[i])) {
      size_t j = i;
      while (j < text.size() && llvm::isAlnum(text[j]))
        ++j;
      disguiseWord(out, text.slice(i, j), d, seed);
      i = j;
      continue;
    }
    if (text[i] == ' ' && d == Disguise::NoBreakSpace)
      appendUtf8(out, 0x00A0);
    else
      out += text[i];
    ++i;
  }
  return out;
}
