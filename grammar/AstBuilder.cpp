//===- AstBuilder.cpp - From ANTLR's parse tree to our AST -----------------===//
//
// The only file that sees ANTLR. It prepares the input (UTF-8 validation, a map
// from ANTLR's code-point indices back to byte offsets), lexes, checks nesting
// limits, parses with an error strategy that words messages the way our
// diagnostics do, and walks the parse tree into risk::Module. Each builder
// function quotes the grammar rule it implements. Everything is wrapped so that
// no exception escapes: an internal failure becomes a located diagnostic.
//
//===----------------------------------------------------------------------===//
#include "risk/Parse/Parser.h"

#include "RiskcardLexer.h"
#include "RiskcardParser.h"
#include "antlr4-runtime.h"

#include "llvm/ADT/StringExtras.h"
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

using namespace risk;
using namespace risk_antlr;
using antlr4::ParserRuleContext;
using antlr4::Token;

namespace {

//===----------------------------------------------------------------------===//
// Input preparation
//===----------------------------------------------------------------------===//

/// The buffer as ANTLR will see it, with invalid UTF-8 replaced byte for byte
/// by U+0001 so that offsets do not move, and the code point to byte offset map.
struct PreparedInput {
  std::string text;
  std::vector<uint32_t> byteOfCodePoint; // one entry per code point, plus the end
  std::vector<uint32_t> replaced;        // offsets of invalid bytes, already reported
};

PreparedInput prepareInput(llvm::StringRef buffer, uint32_t fileId, DiagnosticEngine &diags) {
  PreparedInput input;
  input.text.assign(buffer.begin(), buffer.end());
  input.byteOfCodePoint.reserve(buffer.size() + 1);
  unsigned reported = 0;
  size_t i = 0;
  while (i < buffer.size()) {
    unsigned char c = buffer[i];
    unsigned length = llvm::getNumBytesForUTF8(c);
    const auto *bytes = reinterpret_cast<const llvm::UTF8 *>(buffer.data() + i);
    bool valid = c < 0x80 || (length > 0 && i + length <= buffer.size() &&
                              llvm::isLegalUTF8Sequence(bytes, bytes + length));
    if (!valid) {
      if (reported++ < 10)
        diags.report(DiagId::InvalidUtf8, SourceRange({fileId, uint32_t(i)}, {fileId, uint32_t(i + 1)}),
                     {llvm::utohexstr(c, /*LowerCase=*/false, /*Width=*/2)});
      input.text[i] = '\x01'; // lexes as an unknown character, reported once here
      input.replaced.push_back(i);
      input.byteOfCodePoint.push_back(i);
      ++i;
      continue;
    }
    input.byteOfCodePoint.push_back(i);
    i += c < 0x80 ? 1 : length;
  }
  input.byteOfCodePoint.push_back(buffer.size());
  return input;
}

/// Maps ANTLR positions to our locations.
class Locator {
public:
  Locator(uint32_t fileId, const std::vector<uint32_t> &byteOfCodePoint)
      : fileId(fileId), byteOfCodePoint(byteOfCodePoint) {}

  SourceLoc at(size_t codePoint) const {
    codePoint = std::min(codePoint, byteOfCodePoint.size() - 1);
    return {fileId, byteOfCodePoint[codePoint]};
  }
  SourceRange of(const Token *token) const {
    if (!token)
      return {};
    if (token->getType() == Token::EOF)
      return SourceRange(at(token->getStartIndex()));
    return {at(token->getStartIndex()), at(token->getStopIndex() + 1)};
  }
  SourceRange of(ParserRuleContext *ctx) const {
    if (!ctx || !ctx->getStart())
      return {};
    SourceRange begin = of(ctx->getStart());
    const Token *stop = ctx->getStop();
    if (!stop || stop->getTokenIndex() < ctx->getStart()->getTokenIndex())
      return begin;
    return SourceRange::join(begin, of(stop));
  }
  SourceRange of(antlr4::tree::TerminalNode *node) const {
    return node ? of(node->getSymbol()) : SourceRange();
  }
  uint32_t file() const { return fileId; }

private:
  uint32_t fileId;
  const std::vector<uint32_t> &byteOfCodePoint;
};

//===----------------------------------------------------------------------===//
// Syntax error wording
//===----------------------------------------------------------------------===//

std::string describeTokenType(const antlr4::dfa::Vocabulary &vocabulary, size_t type) {
  if (type == Token::EOF)
    return "end of file";
  switch (type) {
  case RiskcardLexer::IDENT:
    return "a name";
  case RiskcardLexer::NUMBER:
    return "a number";
  case RiskcardLexer::STRING:
  case RiskcardLexer::TRIPLE_STRING:
    return "a string";
  case RiskcardLexer::REGEX:
    return "a pattern `/.../`";
  default:
    break;
  }
  std::string literal = vocabulary.getLiteralName(type);
  if (literal.size() >= 2 && literal.front() == '\'')
    return "`" + literal.substr(1, literal.size() - 2) + "`";
  return vocabulary.getSymbolicName(type);
}

std::string describeToken(const antlr4::dfa::Vocabulary &vocabulary, const Token *token) {
  if (!token || token->getType() == Token::EOF)
    return "end of file";
  switch (token->getType()) {
  case RiskcardLexer::IDENT:
    return "`" + token->getText() + "`";
  case RiskcardLexer::NUMBER:
    return "number `" + token->getText() + "`";
  case RiskcardLexer::STRING:
  case RiskcardLexer::TRIPLE_STRING:
    return "string";
  case RiskcardLexer::REGEX:
    return "pattern";
  default:
    return describeTokenType(vocabulary, token->getType());
  }
}

/// What the parser was reading, for messages where the expected set is large.
const char *describeRule(size_t ruleIndex) {
  switch (ruleIndex) {
  case RiskcardParser::RuleFile:
  case RiskcardParser::RuleTopDecl:
    return "a declaration (`taxonomy`, `map`, `card`, `lexicon`, `pattern`, `model`, "
           "`input`, `policy` or `test`)";
  case RiskcardParser::RuleTaxonomyItem:
  case RiskcardParser::RuleCategoryItem:
    return "`category`, `description`, `code`, `reference` or `}`";
  case RiskcardParser::RuleCardDecl:
  case RiskcardParser::RuleCardItem:
    return "a card item (`description`, `categories`, `harm`, `requires`, `severity`, "
           "`example`, `reference`) or `}`";
  case RiskcardParser::RuleLexiconDecl:
  case RiskcardParser::RuleLexiconItem:
    return "a term, an option (`fold`, `normalize`, `words`, `phrases`, `substrings`, "
           "`from`) or `}`";
  case RiskcardParser::RulePolicyDecl:
  case RiskcardParser::RulePolicyItem:
    return "`rule`, `let`, `combine`, `default` or `}`";
  case RiskcardParser::RuleTestDecl:
  case RiskcardParser::RuleTestItem:
    return "`expect`, `cards` or `}`";
  case RiskcardParser::RuleExpr:
  case RiskcardParser::RulePrimary:
  case RiskcardParser::RuleExprEntry:
    return "an expression";
  case RiskcardParser::RuleAction:
  case RiskcardParser::RuleActionKind:
    return "an action (`allow`, `warn`, `redact`, `guide`, `escalate`, `block`, `error`)";
  case RiskcardParser::RuleJsonValue:
    return "a JSON value";
  case RiskcardParser::RuleTypeExpr:
  case RiskcardParser::RuleBaseType:
    return "a type (`string`, `number`, `bool`, `json`, `enum {...}`, `list<...>`)";
  case RiskcardParser::RuleName:
  case RiskcardParser::RuleAnyName:
  case RiskcardParser::RuleQualifiedName:
  case RiskcardParser::RuleCategoryRef:
    return "a name";
  default:
    return nullptr;
  }
}

/// Reports syntax errors straight to our engine, worded as our messages are.
class ErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
  ErrorStrategy(DiagnosticEngine &diags, const Locator &locator)
      : diags(diags), locator(locator) {}

  unsigned errors = 0;

protected:
  void reportNoViableAlternative(antlr4::Parser *parser,
                                 const antlr4::NoViableAltException &e) override {
    report(parser, e.getOffendingToken(), parser->getContext()->getRuleIndex(),
           e.getExpectedTokens(), /*missing=*/false);
  }
  void reportInputMismatch(antlr4::Parser *parser,
                           const antlr4::InputMismatchException &e) override {
    report(parser, e.getOffendingToken(), parser->getContext()->getRuleIndex(),
           e.getExpectedTokens(), /*missing=*/false);
  }
  void reportFailedPredicate(antlr4::Parser *parser,
                             const antlr4::FailedPredicateException &e) override {
    report(parser, e.getOffendingToken(), parser->getContext()->getRuleIndex(),
           parser->getExpectedTokens(), false);
  }
  void reportUnwantedToken(antlr4::Parser *parser) override {
    if (inErrorRecoveryMode(parser))
      return;
    beginErrorCondition(parser);
    Token *token = parser->getCurrentToken();
    ++errors;
    diags.report(DiagId::SyntaxError, locator.of(token),
                 {"unexpected " + describeToken(parser->getVocabulary(), token)});
  }
  void reportMissingToken(antlr4::Parser *parser) override {
    if (inErrorRecoveryMode(parser))
      return;
    beginErrorCondition(parser);
    report(parser, parser->getCurrentToken(), parser->getContext()->getRuleIndex(),
           getExpectedTokens(parser), /*missing=*/true);
  }

private:
  void report(antlr4::Parser *parser, Token *offending, size_t ruleIndex,
              const antlr4::misc::IntervalSet &expected, bool missing) {
    ++errors;
    const antlr4::dfa::Vocabulary &vocabulary = parser->getVocabulary();
    std::vector<std::string> names;
    for (ssize_t type : expected.toList())
      if (type != RiskcardLexer::SEMI) { // `;` is always optional; never suggest it
        std::string name = describeTokenType(vocabulary, type);
        if (std::find(names.begin(), names.end(), name) == names.end())
          names.push_back(name);
      }
    std::string what;
    const char *rule = describeRule(ruleIndex);
    if (names.size() > 4 && rule) {
      what = rule;
    } else if (names.empty()) {
      what = rule ? rule : "something else";
    } else {
      for (size_t i = 0; i < names.size(); ++i) {
        if (i)
          what += i + 1 == names.size() ? " or " : ", ";
        what += names[i];
      }
    }
    std::string found = describeToken(vocabulary, offending);
    // A word where a keyword was expected: a misspelt keyword, said at the word.
    if (offending && offending->getType() == RiskcardLexer::IDENT) {
      std::vector<std::string> keywords;
      for (ssize_t type : expected.toList()) {
        std::string name = vocabulary.getLiteralName(size_t(type)); // a temporary
        llvm::StringRef literal = name;
        if (literal.consume_front("'") && literal.consume_back("'") && !literal.empty() &&
            llvm::isAlpha(literal[0]))
          keywords.push_back(literal.str());
      }
      std::string best;
      std::string hint = didYouMean(offending->getText(), keywords, &best);
      if (!hint.empty()) {
        diags.report(DiagId::SyntaxError, locator.of(offending),
                     {"expected " + what + ", found " + found + hint})
            .fixit(locator.of(offending), best);
        return;
      }
    }
    // A missing token is best shown right after the last good one, as clang does.
    SourceRange where = locator.of(offending);
    Token *previous = offending && offending->getTokenIndex() > 0
                          ? parser->getTokenStream()->get(offending->getTokenIndex() - 1)
                          : nullptr;
    while (previous && previous->getChannel() != Token::DEFAULT_CHANNEL &&
           previous->getTokenIndex() > 0)
      previous = parser->getTokenStream()->get(previous->getTokenIndex() - 1);
    if (previous && previous->getChannel() == Token::DEFAULT_CHANNEL && offending &&
        (missing || previous->getLine() != offending->getLine())) {
      SourceLoc end = locator.of(previous).end;
      where = SourceRange(end, end);
      diags.report(DiagId::SyntaxError, where, {"expected " + what + " after " +
                                                    describeToken(vocabulary, previous)});
      return;
    }
    diags.report(DiagId::SyntaxError, where, {"expected " + what + ", found " + found});
  }

  DiagnosticEngine &diags;
  const Locator &locator;
};

//===----------------------------------------------------------------------===//
// Token-level checks before parsing
//===----------------------------------------------------------------------===//

/// Reports lexical errors, collects comments and enforces the nesting limit.
/// Returns false when the input must not be parsed (nesting too deep).
bool scanTokens(antlr4::CommonTokenStream &tokens, const Locator &locator,
                const PreparedInput &input, DiagnosticEngine &diags, const ParseOptions &options,
                Module *module, bool &hadErrors) {
  llvm::StringRef text = input.text;
  unsigned depth = 0, prefixRun = 0;
  size_t lastCodeLine = 0;
  for (Token *token : tokens.getTokens()) {
    size_t type = token->getType();
    if (type == Token::EOF)
      break;
    SourceRange range = locator.of(token);
    auto *writable = dynamic_cast<antlr4::WritableToken *>(token);
    switch (type) {
    case RiskcardLexer::COMMENT:
      if (module) {
        Comment comment;
        comment.range = range;
        comment.text = text.slice(range.begin.offset, range.end.offset).rtrim().str();
        comment.trailing = token->getLine() == lastCodeLine;
        module->comments.push_back(std::move(comment));
      }
      continue;
    case RiskcardLexer::UNKNOWN: {
      hadErrors = true;
      if (std::binary_search(input.replaced.begin(), input.replaced.end(), range.begin.offset)) {
        if (writable)
          writable->setChannel(Token::HIDDEN_CHANNEL); // already reported as invalid UTF-8
        continue;
      }
      std::string ch = token->getText();
      uint32_t codePoint = 0;
      if (!ch.empty()) {
        const llvm::UTF8 *p = reinterpret_cast<const llvm::UTF8 *>(ch.data());
        llvm::UTF32 value = 0;
        llvm::UTF32 *out = &value;
        if (llvm::ConvertUTF8toUTF32(&p, p + ch.size(), &out, out + 1,
                                     llvm::strictConversion) == llvm::conversionOK)
          codePoint = value;
      }
      std::string shown = codePoint >= 0x21 && codePoint < 0x7f
                              ? "`" + ch + "`"
                              : llvm::formatv("U+{0:X-4}", codePoint).str();
      diags.report(DiagId::UnexpectedCharacter, range, {shown});
      if (writable)
        writable->setChannel(Token::HIDDEN_CHANNEL); // do not also report it as syntax
      continue;
    }
    case RiskcardLexer::UNTERMINATED_STRING:
      hadErrors = true;
      diags.report(DiagId::UnterminatedString, range).fixit(SourceRange(range.end), "\"");
      if (writable)
        writable->setType(RiskcardLexer::STRING); // parse on as if it were closed
      break;
    case RiskcardLexer::LPAREN:
    case RiskcardLexer::LBRACKET:
    case RiskcardLexer::LBRACE:
      if (++depth > options.maxNesting) {
        diags.report(DiagId::NestingTooDeep, range, {std::to_string(options.maxNesting)});
        return false;
      }
      break;
    case RiskcardLexer::RPAREN:
    case RiskcardLexer::RBRACKET:
    case RiskcardLexer::RBRACE:
      if (depth)
        --depth;
      break;
    default:
      break;
    }
    if (type == RiskcardLexer::NOT || type == RiskcardLexer::MINUS) {
      if (++prefixRun > options.maxNesting) {
        diags.report(DiagId::NestingTooDeep, range, {std::to_string(options.maxNesting)});
        return false;
      }
    } else {
      prefixRun = 0;
    }
    lastCodeLine = token->getLine();
  }
  return true;
}

//===----------------------------------------------------------------------===//
// The tree walk
//===----------------------------------------------------------------------===//

class Builder {
public:
  Builder(const Locator &locator, llvm::StringRef text, DiagnosticEngine &diags,
          const ParseOptions &options)
      : locator(locator), text(text), diags(diags), options(options) {}

  // file : moduleDecl? importDecl* topDecl* EOF ;
  void buildFile(RiskcardParser::FileContext *ctx, Module &module) {
    if (auto *m = ctx->moduleDecl())
      if (m->qualifiedName())
        module.declaredName = qualifiedName(m->qualifiedName());
    for (auto *i : ctx->importDecl()) {
      // importDecl : IMPORT qualifiedName (AS name)? SEMI? ;
      if (!i->qualifiedName())
        continue;
      ImportDecl import;
      import.moduleName = qualifiedName(i->qualifiedName());
      if (import.moduleName.parts.empty())
        continue;
      if (i->name())
        import.alias = identifier(i->name());
      import.range = locator.of(i);
      module.imports.push_back(std::move(import));
    }
    for (auto *d : ctx->topDecl())
      if (std::unique_ptr<Decl> decl = topDecl(d)) {
        decl->module = &module;
        module.decls.push_back(std::move(decl));
      }
  }

  std::unique_ptr<Expr> expression(RiskcardParser::ExprContext *ctx) { return expr(ctx, 0); }

private:
  //--- Names and literals -----------------------------------------------------

  Identifier identifier(ParserRuleContext *ctx) {
    if (!ctx)
      return {};
    SourceRange range = locator.of(ctx);
    return {text.slice(range.begin.offset, range.end.offset).str(), range};
  }

  // qualifiedName : name (DOT name)* ;
  QualifiedName qualifiedName(RiskcardParser::QualifiedNameContext *ctx) {
    QualifiedName out;
    for (auto *n : ctx->anyName())
      if (!n->getText().empty())
        out.parts.push_back(identifier(n));
    out.range = locator.of(ctx);
    return out;
  }

  // categoryRef : name (DOT name)* (DOT STAR)? ;
  CategoryRef categoryRef(RiskcardParser::CategoryRefContext *ctx) {
    CategoryRef out;
    for (auto *n : ctx->name())
      out.segments.push_back(identifier(n));
    out.wildcard = ctx->STAR() != nullptr;
    out.range = locator.of(ctx);
    return out;
  }

  std::vector<CategoryRef> categoryRefs(const std::vector<RiskcardParser::CategoryRefContext *> &refs) {
    std::vector<CategoryRef> out;
    for (auto *r : refs)
      if (!r->name().empty())
        out.push_back(categoryRef(r));
    return out;
  }

  // text : STRING | TRIPLE_STRING ;
  std::optional<TextLit> textLit(RiskcardParser::TextContext *ctx) {
    if (!ctx || !ctx->getStart())
      return std::nullopt;
    SourceRange range = locator.of(ctx);
    llvm::StringRef spelling = text.slice(range.begin.offset, range.end.offset);
    TextLit lit;
    lit.range = range;
    if (ctx->TRIPLE_STRING()) {
      lit.multiline = true;
      lit.value = decodeEscapes(dedent(spelling.drop_front(3).drop_back(3)), range.begin, false);
    } else {
      spelling = spelling.drop_front(1);
      if (spelling.ends_with("\"") && !spelling.ends_with("\\\""))
        spelling = spelling.drop_back(1);
      else if (spelling.ends_with("\"") && spelling.size() >= 2)
        spelling = spelling.drop_back(1); // `"a\\"` ends in an escaped backslash
      lit.value = decodeEscapes(spelling, {range.begin.fileId, range.begin.offset + 1}, true);
    }
    return lit;
  }

  /// Removes the first line break, a last line of only spaces, and the common
  /// indentation of the non-blank lines.
  static std::string dedent(llvm::StringRef body) {
    llvm::SmallVector<llvm::StringRef, 16> lines;
    body.split(lines, '\n');
    if (!lines.empty() && lines.front().trim().empty())
      lines.erase(lines.begin());
    if (!lines.empty() && lines.back().trim().empty())
      lines.pop_back();
    size_t indent = std::string::npos;
    for (llvm::StringRef line : lines)
      if (!line.trim().empty())
        indent = std::min(indent, line.size() - line.ltrim(" \t").size());
    if (indent == std::string::npos)
      indent = 0;
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (i)
        out += '\n';
      llvm::StringRef line = lines[i].rtrim("\r");
      out += line.size() >= indent ? line.drop_front(indent).str() : line.ltrim().str();
    }
    return out;
  }

  /// Resolves `\n \t \r \0 \\ \" \' \u{XXXX}`; reports anything else.
  std::string decodeEscapes(llvm::StringRef body, SourceLoc bodyStart, bool exactLocations) {
    std::string out;
    out.reserve(body.size());
    for (size_t i = 0; i < body.size(); ++i) {
      char c = body[i];
      if (c != '\\' || i + 1 == body.size()) {
        out += c;
        continue;
      }
      char e = body[++i];
      SourceLoc at = exactLocations ? SourceLoc{bodyStart.fileId, uint32_t(bodyStart.offset + i - 1)}
                                    : bodyStart;
      switch (e) {
      case 'n':
        out += '\n';
        continue;
      case 't':
        out += '\t';
        continue;
      case 'r':
        out += '\r';
        continue;
      case '0':
        out += '\0';
        continue;
      case '\\':
      case '"':
      case '\'':
        out += e;
        continue;
      case 'u': {
        size_t close = body.find('}', i);
        unsigned long long codePoint = 0;
        if (i + 1 < body.size() && body[i + 1] == '{' && close != llvm::StringRef::npos &&
            close > i + 2 && close - i - 2 <= 6 &&
            !body.slice(i + 2, close).getAsInteger(16, codePoint) && codePoint <= 0x10FFFF &&
            (codePoint < 0xD800 || codePoint > 0xDFFF)) {
          char buffer[4];
          char *p = buffer;
          llvm::ConvertCodePointToUTF8(codePoint, p);
          out.append(buffer, p);
          i = close;
          continue;
        }
        std::string shown = body.slice(i - 1, close == llvm::StringRef::npos ? i + 1 : close + 1).str();
        diags.report(DiagId::InvalidEscape,
                     SourceRange(at, {at.fileId, uint32_t(at.offset + (exactLocations ? shown.size() : 1))}),
                     {shown});
        continue;
      }
      default: {
        std::string shown = std::string("\\") + e;
        diags.report(DiagId::InvalidEscape,
                     SourceRange(at, {at.fileId, uint32_t(at.offset + (exactLocations ? 2 : 1))}),
                     {shown});
        out += e;
        continue;
      }
      }
    }
    return out;
  }

  std::optional<ActionKind> actionKind(RiskcardParser::ActionKindContext *ctx) {
    if (!ctx)
      return std::nullopt;
    return parseActionName(ctx->getText());
  }

  //--- Declarations -----------------------------------------------------------

  // topDecl : taxonomyDecl | mapDecl | cardDecl | lexiconDecl | patternDecl
  //         | modelDecl | inputDecl | policyDecl | testDecl | SEMI ;
  std::unique_ptr<Decl> topDecl(RiskcardParser::TopDeclContext *ctx) {
    std::unique_ptr<Decl> decl;
    if (auto *d = ctx->taxonomyDecl())
      decl = taxonomy(d);
    else if (auto *d = ctx->mapDecl())
      decl = map(d);
    else if (auto *d = ctx->cardDecl())
      decl = card(d);
    else if (auto *d = ctx->lexiconDecl())
      decl = lexicon(d);
    else if (auto *d = ctx->patternDecl())
      decl = pattern(d);
    else if (auto *d = ctx->modelDecl())
      decl = model(d);
    else if (auto *d = ctx->inputDecl())
      decl = input(d);
    else if (auto *d = ctx->policyDecl())
      decl = policy(d);
    else if (auto *d = ctx->testDecl())
      decl = test(d);
    if (decl && decl->name.name.empty())
      return nullptr; // the parser already reported the missing name
    if (decl)
      decl->range = locator.of(ctx);
    return decl;
  }

  // taxonomyDecl : TAXONOMY name title=text? (VERSION version=text)? LBRACE taxonomyItem* RBRACE ;
  std::unique_ptr<Decl> taxonomy(RiskcardParser::TaxonomyDeclContext *ctx) {
    auto decl = std::make_unique<TaxonomyDecl>();
    decl->name = identifier(ctx->name());
    decl->title = textLit(ctx->title);
    decl->version = textLit(ctx->version);
    // taxonomyItem : categoryDecl | DESCRIPTION text | REFERENCE text | SEMI ;
    for (auto *item : ctx->taxonomyItem()) {
      if (auto *c = item->categoryDecl()) {
        if (auto category = categoryDecl(c))
          decl->categories.push_back(std::move(category));
      } else if (item->DESCRIPTION()) {
        if (auto t = textLit(item->text()))
          decl->descriptions.push_back(*t);
      } else if (item->REFERENCE()) {
        if (auto t = textLit(item->text()))
          decl->references.push_back(*t);
      }
    }
    return decl;
  }

  // categoryDecl : CATEGORY name title=text? (CODE code=text)? (LBRACE categoryItem* RBRACE)? ;
  std::unique_ptr<CategoryDecl> categoryDecl(RiskcardParser::CategoryDeclContext *ctx) {
    if (!ctx->name() || ctx->name()->getText().empty())
      return nullptr;
    auto category = std::make_unique<CategoryDecl>();
    category->id = identifier(ctx->name());
    category->title = textLit(ctx->title);
    category->code = textLit(ctx->code);
    category->range = locator.of(ctx);
    // categoryItem : categoryDecl | DESCRIPTION text | CODE text | SEMI ;
    for (auto *item : ctx->categoryItem()) {
      if (auto *c = item->categoryDecl()) {
        if (auto child = categoryDecl(c))
          category->children.push_back(std::move(child));
      } else if (item->DESCRIPTION()) {
        if (auto t = textLit(item->text()))
          category->descriptions.push_back(*t);
      } else if (item->CODE()) {
        if (auto t = textLit(item->text()))
          category->extraCodes.push_back(*t);
      }
    }
    return category;
  }

  // mapDecl : MAP source=qualifiedName ARROW target=qualifiedName LBRACE mapItem* RBRACE ;
  std::unique_ptr<Decl> map(RiskcardParser::MapDeclContext *ctx) {
    auto decl = std::make_unique<MapDecl>();
    if (!ctx->source || !ctx->target)
      return nullptr;
    decl->source = qualifiedName(ctx->source);
    decl->target = qualifiedName(ctx->target);
    if (decl->source.parts.empty() || decl->target.parts.empty())
      return nullptr;
    decl->name = {decl->source.str() + " -> " + decl->target.str(),
                  SourceRange::join(decl->source.range, decl->target.range)};
    // mapItem : from=categoryRef FAT_ARROW categoryRef (COMMA categoryRef)* | SEMI ;
    for (auto *item : ctx->mapItem()) {
      if (!item->from || item->from->name().empty())
        continue;
      MapEntry entry;
      entry.source = categoryRef(item->from);
      auto refs = item->categoryRef();
      for (size_t i = 1; i < refs.size(); ++i)
        if (!refs[i]->name().empty())
          entry.targets.push_back(categoryRef(refs[i]));
      entry.range = locator.of(item);
      if (!entry.targets.empty())
        decl->entries.push_back(std::move(entry));
    }
    return decl;
  }

  // cardDecl : CARD name text? LBRACE cardItem* RBRACE ;
  std::unique_ptr<Decl> card(RiskcardParser::CardDeclContext *ctx) {
    auto decl = std::make_unique<CardDecl>();
    decl->name = identifier(ctx->name());
    decl->title = textLit(ctx->text());
    for (auto *item : ctx->cardItem()) {
      if (auto *d = dynamic_cast<RiskcardParser::CardDescriptionContext *>(item)) {
        if (auto t = textLit(d->text()))
          decl->descriptions.push_back(*t);
      } else if (auto *c = dynamic_cast<RiskcardParser::CardCategoriesContext *>(item)) {
        auto refs = categoryRefs(c->categoryRef());
        if (!refs.empty())
          decl->categoryLines.push_back(std::move(refs));
      } else if (auto *h = dynamic_cast<RiskcardParser::CardHarmContext *>(item)) {
        // harmType : actor=name DOT harm=name ;
        std::vector<HarmType> harms;
        for (auto *ht : h->harmType())
          if (ht->actor && ht->harm)
            harms.push_back({identifier(ht->actor), identifier(ht->harm), locator.of(ht)});
        if (!harms.empty())
          decl->harmLines.push_back(std::move(harms));
      } else if (auto *r = dynamic_cast<RiskcardParser::CardRequiresContext *>(item)) {
        if (auto t = textLit(r->text()))
          decl->actionsRequired.push_back(*t);
      } else if (auto *s = dynamic_cast<RiskcardParser::CardSeverityContext *>(item)) {
        if (s->name())
          decl->severities.push_back(identifier(s->name()));
      } else if (auto *e = dynamic_cast<RiskcardParser::CardExampleContext *>(item)) {
        // EXAMPLE (PROMPT prompt=text)? (OUTPUT output=text)? (EXPECT actionKind)?
        CardExample example;
        example.prompt = textLit(e->prompt);
        example.output = textLit(e->output);
        example.expect = actionKind(e->actionKind());
        if (e->actionKind())
          example.expectRange = locator.of(e->actionKind());
        example.range = locator.of(e);
        decl->examples.push_back(std::move(example));
      } else if (auto *r = dynamic_cast<RiskcardParser::CardReferenceContext *>(item)) {
        if (auto t = textLit(r->text()))
          decl->references.push_back(*t);
      }
    }
    return decl;
  }

  // lexiconDecl : LEXICON name text? LBRACE lexiconItem* RBRACE ;
  std::unique_ptr<Decl> lexicon(RiskcardParser::LexiconDeclContext *ctx) {
    auto decl = std::make_unique<LexiconDecl>();
    decl->name = identifier(ctx->name());
    decl->title = textLit(ctx->text());
    for (auto *item : ctx->lexiconItem()) {
      LexiconOption option;
      option.range = locator.of(item);
      if (auto *f = dynamic_cast<RiskcardParser::LexiconFoldContext *>(item)) {
        option.kind = LexiconOption::Kind::Fold;
        if (f->name())
          option.args.push_back(identifier(f->name()));
      } else if (auto *n = dynamic_cast<RiskcardParser::LexiconNormalizeContext *>(item)) {
        option.kind = LexiconOption::Kind::Normalize;
        for (auto *name : n->name())
          option.args.push_back(identifier(name));
      } else if (dynamic_cast<RiskcardParser::LexiconWordsContext *>(item)) {
        option.kind = LexiconOption::Kind::Words;
      } else if (dynamic_cast<RiskcardParser::LexiconPhrasesContext *>(item)) {
        option.kind = LexiconOption::Kind::Phrases;
      } else if (dynamic_cast<RiskcardParser::LexiconSubstringsContext *>(item)) {
        option.kind = LexiconOption::Kind::Substrings;
      } else if (auto *from = dynamic_cast<RiskcardParser::LexiconFromContext *>(item)) {
        option.kind = LexiconOption::Kind::From;
        option.path = textLit(from->text());
        if (!option.path)
          continue;
      } else if (auto *terms = dynamic_cast<RiskcardParser::LexiconTermsContext *>(item)) {
        // lexiconTerm : text NUMBER? ;
        LexiconTermLine line;
        line.range = option.range;
        for (auto *t : terms->lexiconTerm()) {
          auto lit = textLit(t->text());
          if (!lit)
            continue;
          LexiconTerm term;
          term.text = *lit;
          term.range = locator.of(t);
          if (auto *number = t->NUMBER()) {
            term.weightSpelling = number->getText();
            term.weight = parseNumber(term.weightSpelling, locator.of(number));
          }
          line.terms.push_back(std::move(term));
        }
        if (!line.terms.empty())
          decl->termLines.push_back(std::move(line));
        continue;
      } else {
        continue;
      }
      decl->options.push_back(std::move(option));
    }
    return decl;
  }

  double parseNumber(const std::string &spelling, SourceRange range) {
    double value = 0;
    if (llvm::StringRef(spelling).getAsDouble(value) || !std::isfinite(value)) {
      diags.report(DiagId::InvalidNumber, range, {spelling});
      return 0;
    }
    return value;
  }

  /// Splits `/body/flags` and checks the flags.
  void regexLiteral(Token *token, std::string &body, std::string &flags) {
    SourceRange range = locator.of(token);
    llvm::StringRef spelling = text.slice(range.begin.offset, range.end.offset);
    size_t close = spelling.rfind('/');
    body = spelling.slice(1, close).str();
    flags = spelling.drop_front(close + 1).str();
    for (size_t i = 0; i < flags.size(); ++i) {
      if (llvm::StringRef("ism").contains(flags[i]) &&
          flags.find(flags[i]) == i)
        continue;
      uint32_t at = range.begin.offset + close + 1 + i;
      diags.report(DiagId::InvalidRegexFlag,
                   SourceRange({range.begin.fileId, at}, {range.begin.fileId, at + 1}),
                   {std::string(1, flags[i])});
    }
  }

  // patternDecl : PATTERN name title=text? ASSIGN REGEX (NORMALIZE name (COMMA name)*)? ;
  std::unique_ptr<Decl> pattern(RiskcardParser::PatternDeclContext *ctx) {
    auto decl = std::make_unique<PatternDecl>();
    auto names = ctx->name();
    decl->name = identifier(names.front());
    decl->title = textLit(ctx->title);
    if (!ctx->REGEX())
      return nullptr;
    regexLiteral(ctx->REGEX()->getSymbol(), decl->regex, decl->flags);
    decl->regexRange = locator.of(ctx->REGEX());
    for (size_t i = 1; i < names.size(); ++i)
      decl->normalize.push_back(identifier(names[i]));
    return decl;
  }

  // modelDecl : MODEL modelName=name ASSIGN kind=name LPAREN text RPAREN ;
  std::unique_ptr<Decl> model(RiskcardParser::ModelDeclContext *ctx) {
    auto decl = std::make_unique<ModelDecl>();
    decl->name = identifier(ctx->modelName);
    decl->modelKind = identifier(ctx->kind);
    auto path = textLit(ctx->text());
    if (!path || !ctx->kind)
      return nullptr;
    decl->path = *path;
    return decl;
  }

  // inputDecl : INPUT name LBRACE (fieldDecl (COMMA fieldDecl)* COMMA?)? RBRACE ;
  std::unique_ptr<Decl> input(RiskcardParser::InputDeclContext *ctx) {
    auto decl = std::make_unique<InputDecl>();
    decl->name = identifier(ctx->name());
    // fieldDecl : name COLON typeExpr ;
    for (auto *f : ctx->fieldDecl()) {
      if (!f->name() || !f->typeExpr())
        continue;
      FieldDecl field;
      field.name = identifier(f->name());
      field.type = typeExpr(f->typeExpr());
      field.range = locator.of(f);
      if (field.type)
        decl->fields.push_back(std::move(field));
    }
    return decl;
  }

  // typeExpr : baseType QUESTION? ;
  // baseType : ENUM LBRACE name (COMMA name)* COMMA? RBRACE | LIST LT typeExpr GT | name ;
  std::unique_ptr<TypeExpr> typeExpr(RiskcardParser::TypeExprContext *ctx) {
    auto *base = ctx->baseType();
    if (!base)
      return nullptr;
    auto type = std::make_unique<TypeExpr>();
    type->range = locator.of(ctx);
    type->optional = ctx->QUESTION() != nullptr;
    if (auto *e = dynamic_cast<RiskcardParser::EnumTypeContext *>(base)) {
      type->kind = TypeExpr::Kind::Enum;
      for (auto *n : e->name())
        type->enumValues.push_back(identifier(n));
    } else if (auto *l = dynamic_cast<RiskcardParser::ListTypeContext *>(base)) {
      type->kind = TypeExpr::Kind::List;
      if (!l->typeExpr())
        return nullptr;
      type->element = typeExpr(l->typeExpr());
      if (!type->element)
        return nullptr;
    } else if (auto *n = dynamic_cast<RiskcardParser::NamedTypeContext *>(base)) {
      type->kind = TypeExpr::Kind::Named;
      type->name = identifier(n->name());
    }
    return type;
  }

  // action : actionKind text? ;
  std::optional<Action> action(RiskcardParser::ActionContext *ctx) {
    if (!ctx)
      return std::nullopt;
    auto kind = actionKind(ctx->actionKind());
    if (!kind)
      return std::nullopt;
    Action out;
    out.kind = *kind;
    out.message = textLit(ctx->text());
    out.range = locator.of(ctx);
    return out;
  }

  // policyDecl : POLICY policyName=name FOR (inputModule=name DOT)? inputName=name LBRACE ...
  std::unique_ptr<Decl> policy(RiskcardParser::PolicyDeclContext *ctx) {
    auto decl = std::make_unique<PolicyDecl>();
    decl->name = identifier(ctx->policyName);
    if (ctx->inputModule)
      decl->inputModule = identifier(ctx->inputModule);
    decl->inputName = identifier(ctx->inputName);
    for (auto *item : ctx->policyItem()) {
      if (auto *c = dynamic_cast<RiskcardParser::PolicyCombineContext *>(item)) {
        if (c->name())
          decl->combines.push_back(identifier(c->name()));
      } else if (auto *l = dynamic_cast<RiskcardParser::PolicyLetContext *>(item)) {
        if (!l->name() || !l->expr())
          continue;
        LetDecl let;
        let.name = identifier(l->name());
        let.value = expr(l->expr(), 0);
        let.range = locator.of(l);
        if (let.value)
          decl->lets.push_back(std::move(let));
      } else if (auto *r = dynamic_cast<RiskcardParser::PolicyRuleContext *>(item)) {
        if (auto rule = ruleDecl(r->ruleDecl()))
          decl->rules.push_back(std::move(*rule));
      } else if (auto *d = dynamic_cast<RiskcardParser::PolicyDefaultContext *>(item)) {
        if (auto a = action(d->action()))
          decl->defaults.push_back(std::move(*a));
      }
    }
    return decl;
  }

  // ruleDecl : RULE ruleName=name WHEN expr FAT_ARROW action
  //            (categoryRef (COMMA categoryRef)*)? (SEVERITY severity=name)? (BECAUSE because=text)? ;
  std::optional<RuleDecl> ruleDecl(RiskcardParser::RuleDeclContext *ctx) {
    if (!ctx || !ctx->ruleName || !ctx->expr())
      return std::nullopt;
    RuleDecl rule;
    rule.name = identifier(ctx->ruleName);
    rule.condition = expr(ctx->expr(), 0);
    auto a = action(ctx->action());
    if (!rule.condition || !a)
      return std::nullopt;
    rule.action = std::move(*a);
    rule.categories = categoryRefs(ctx->categoryRef());
    if (ctx->severity)
      rule.severity = identifier(ctx->severity);
    rule.because = textLit(ctx->because);
    rule.range = locator.of(ctx);
    return rule;
  }

  // testDecl : TEST testName=name (FOR policy=name)? LBRACE testItem* RBRACE ;
  std::unique_ptr<Decl> test(RiskcardParser::TestDeclContext *ctx) {
    auto decl = std::make_unique<TestDecl>();
    decl->name = identifier(ctx->testName);
    if (ctx->policy)
      decl->policyName = identifier(ctx->policy);
    for (auto *item : ctx->testItem()) {
      // EXPECT actionKind testInput (AS categoryRef (COMMA categoryRef)*)?
      if (auto *e = dynamic_cast<RiskcardParser::TestExpectContext *>(item)) {
        auto kind = actionKind(e->actionKind());
        if (!kind || !e->testInput())
          continue;
        TestExpect expect;
        expect.expect = *kind;
        expect.range = locator.of(e);
        if (auto *t = e->testInput()->text())
          expect.text = textLit(t);
        else if (auto *j = e->testInput()->jsonObject())
          expect.json = jsonObject(j);
        if (!expect.text && !expect.json)
          continue;
        expect.categories = categoryRefs(e->categoryRef());
        decl->expects.push_back(std::move(expect));
      } else if (auto *c = dynamic_cast<RiskcardParser::TestCardsContext *>(item)) {
        auto refs = categoryRefs(c->categoryRef());
        if (!refs.empty())
          decl->cardLines.push_back(std::move(refs));
      }
    }
    return decl;
  }

  // jsonObject : LBRACE (jsonMember (COMMA jsonMember)* COMMA?)? RBRACE ;
  JsonLit jsonObject(RiskcardParser::JsonObjectContext *ctx) {
    JsonLit out;
    out.kind = JsonLit::Kind::Object;
    out.range = locator.of(ctx);
    // jsonMember : text COLON jsonValue ;
    for (auto *m : ctx->jsonMember()) {
      auto key = textLit(m->text());
      if (!key || !m->jsonValue())
        continue;
      out.members.emplace_back(*key, jsonValue(m->jsonValue()));
    }
    return out;
  }

  // jsonValue : text | NUMBER | MINUS NUMBER | TRUE | FALSE | NULL | jsonObject | jsonArray ;
  JsonLit jsonValue(RiskcardParser::JsonValueContext *ctx) {
    JsonLit out;
    out.range = locator.of(ctx);
    if (auto *t = ctx->text()) {
      out.kind = JsonLit::Kind::String;
      if (auto lit = textLit(t))
        out.text = lit->value;
    } else if (ctx->NUMBER()) {
      out.kind = JsonLit::Kind::Number;
      out.text = (ctx->MINUS() ? "-" : "") + ctx->NUMBER()->getText();
    } else if (ctx->KW_TRUE() || ctx->KW_FALSE()) {
      out.kind = JsonLit::Kind::Bool;
      out.boolValue = ctx->KW_TRUE() != nullptr;
    } else if (auto *o = ctx->jsonObject()) {
      return jsonObject(o);
    } else if (auto *a = ctx->jsonArray()) {
      out.kind = JsonLit::Kind::Array;
      for (auto *v : a->jsonValue())
        out.elements.push_back(jsonValue(v));
    }
    return out;
  }

  //--- Expressions --------------------------------------------------------------

  template <typename T> std::unique_ptr<T> make(ParserRuleContext *ctx) {
    auto node = std::make_unique<T>();
    node->range = locator.of(ctx);
    return node;
  }

  std::unique_ptr<Expr> binary(RiskcardParser::ExprContext *ctx,
                               RiskcardParser::ExprContext *lhs, RiskcardParser::ExprContext *rhs,
                               BinaryExpr::Op op, SourceRange opRange, unsigned depth) {
    auto node = make<BinaryExpr>(ctx);
    node->op = op;
    node->opRange = opRange;
    node->lhs = expr(lhs, depth + 1);
    node->rhs = expr(rhs, depth + 1);
    if (!node->lhs || !node->rhs)
      return nullptr;
    return node;
  }

  // expr : the alternatives of Riskcard.g4, one case each.
  std::unique_ptr<Expr> expr(RiskcardParser::ExprContext *ctx, unsigned depth) {
    if (!ctx)
      return nullptr;
    if (depth > 4 * options.maxNesting) {
      // Long left-associative chains nest the tree without nesting brackets.
      if (!reportedDepth)
        diags.report(DiagId::NestingTooDeep, locator.of(ctx),
                     {std::to_string(4 * options.maxNesting)});
      reportedDepth = true;
      return nullptr;
    }
    using P = RiskcardParser;
    if (auto *c = dynamic_cast<P::PrimaryExprContext *>(ctx))
      return primary(c->primary(), depth);
    if (auto *c = dynamic_cast<P::MemberExprContext *>(ctx)) {
      auto node = make<MemberExpr>(ctx);
      node->base = expr(c->expr(), depth + 1);
      if (!node->base || !c->name())
        return nullptr;
      node->member = identifier(c->name());
      return node;
    }
    if (auto *c = dynamic_cast<P::WildcardExprContext *>(ctx)) {
      auto node = make<WildcardExpr>(ctx);
      node->base = expr(c->expr(), depth + 1);
      return node->base ? std::move(node) : nullptr;
    }
    if (auto *c = dynamic_cast<P::IndexExprContext *>(ctx)) {
      if (c->expr().size() != 2)
        return nullptr;
      auto node = make<IndexExpr>(ctx);
      node->base = expr(c->expr(0), depth + 1);
      node->index = expr(c->expr(1), depth + 1);
      return node->base && node->index ? std::move(node) : nullptr;
    }
    if (auto *c = dynamic_cast<P::NegExprContext *>(ctx)) {
      auto node = make<UnaryExpr>(ctx);
      node->op = UnaryExpr::Op::Neg;
      node->operand = expr(c->expr(), depth + 1);
      return node->operand ? std::move(node) : nullptr;
    }
    if (auto *c = dynamic_cast<P::NotExprContext *>(ctx)) {
      auto node = make<UnaryExpr>(ctx);
      node->op = UnaryExpr::Op::Not;
      node->operand = expr(c->expr(), depth + 1);
      return node->operand ? std::move(node) : nullptr;
    }
    auto opOf = [&](Token *op) -> std::optional<BinaryExpr::Op> {
      if (!op)
        return std::nullopt;
      switch (op->getType()) {
      case RiskcardLexer::STAR:
        return BinaryExpr::Op::Mul;
      case RiskcardLexer::SLASH:
        return BinaryExpr::Op::Div;
      case RiskcardLexer::PERCENT:
        return BinaryExpr::Op::Mod;
      case RiskcardLexer::PLUS:
        return BinaryExpr::Op::Add;
      case RiskcardLexer::MINUS:
        return BinaryExpr::Op::Sub;
      case RiskcardLexer::LT:
        return BinaryExpr::Op::Lt;
      case RiskcardLexer::LE:
        return BinaryExpr::Op::Le;
      case RiskcardLexer::GT:
        return BinaryExpr::Op::Gt;
      case RiskcardLexer::GE:
        return BinaryExpr::Op::Ge;
      case RiskcardLexer::EQ:
        return BinaryExpr::Op::Eq;
      case RiskcardLexer::NE:
        return BinaryExpr::Op::Ne;
      default:
        return std::nullopt;
      }
    };
    auto twoOperands = [](auto *c) { return c->expr().size() == 2; };
    if (auto *c = dynamic_cast<P::MulExprContext *>(ctx)) {
      auto op = opOf(c->op);
      if (!op || !twoOperands(c))
        return nullptr;
      return binary(ctx, c->expr(0), c->expr(1), *op, locator.of(c->op), depth);
    }
    if (auto *c = dynamic_cast<P::AddExprContext *>(ctx)) {
      auto op = opOf(c->op);
      if (!op || !twoOperands(c))
        return nullptr;
      return binary(ctx, c->expr(0), c->expr(1), *op, locator.of(c->op), depth);
    }
    if (auto *c = dynamic_cast<P::CmpExprContext *>(ctx)) {
      auto op = opOf(c->op);
      if (!op || !twoOperands(c))
        return nullptr;
      return binary(ctx, c->expr(0), c->expr(1), *op, locator.of(c->op), depth);
    }
    if (auto *c = dynamic_cast<P::InExprContext *>(ctx)) {
      if (!twoOperands(c))
        return nullptr;
      SourceRange opRange = locator.of(c->IN());
      if (c->NOT())
        opRange = SourceRange::join(locator.of(c->NOT()), opRange);
      return binary(ctx, c->expr(0), c->expr(1),
                    c->NOT() ? BinaryExpr::Op::NotIn : BinaryExpr::Op::In, opRange, depth);
    }
    if (auto *c = dynamic_cast<P::AndExprContext *>(ctx)) {
      if (!twoOperands(c))
        return nullptr;
      return binary(ctx, c->expr(0), c->expr(1), BinaryExpr::Op::And, locator.of(c->AND()),
                    depth);
    }
    if (auto *c = dynamic_cast<P::OrExprContext *>(ctx)) {
      if (!twoOperands(c))
        return nullptr;
      return binary(ctx, c->expr(0), c->expr(1), BinaryExpr::Op::Or, locator.of(c->OR()),
                    depth);
    }
    return nullptr;
  }

  // primary : NUMBER | text | REGEX | TRUE | FALSE | name LPAREN (expr (COMMA expr)*)? RPAREN
  //         | name | LPAREN expr RPAREN | LBRACKET (expr (COMMA expr)* COMMA?)? RBRACKET ;
  std::unique_ptr<Expr> primary(RiskcardParser::PrimaryContext *ctx, unsigned depth) {
    using P = RiskcardParser;
    if (!ctx)
      return nullptr;
    if (auto *c = dynamic_cast<P::NumberLitContext *>(ctx)) {
      auto node = make<NumberExpr>(ctx);
      node->spelling = c->NUMBER()->getText();
      node->value = parseNumber(node->spelling, node->range);
      return node;
    }
    if (auto *c = dynamic_cast<P::StringLitContext *>(ctx)) {
      auto lit = textLit(c->text());
      if (!lit)
        return nullptr;
      auto node = make<StringExpr>(ctx);
      node->text = *lit;
      return node;
    }
    if (auto *c = dynamic_cast<P::RegexLitContext *>(ctx)) {
      auto node = make<RegexExpr>(ctx);
      regexLiteral(c->REGEX()->getSymbol(), node->regex, node->flags);
      return node;
    }
    if (dynamic_cast<P::TrueLitContext *>(ctx) || dynamic_cast<P::FalseLitContext *>(ctx)) {
      auto node = make<BoolExpr>(ctx);
      node->value = dynamic_cast<P::TrueLitContext *>(ctx) != nullptr;
      return node;
    }
    if (auto *c = dynamic_cast<P::CallExprContext *>(ctx)) {
      auto node = make<CallExpr>(ctx);
      node->callee = identifier(c->name());
      for (auto *arg : c->expr()) {
        auto value = expr(arg, depth + 1);
        if (!value)
          return nullptr;
        node->args.push_back(std::move(value));
      }
      return node;
    }
    if (auto *c = dynamic_cast<P::NameExprContext *>(ctx)) {
      auto node = make<NameExpr>(ctx);
      node->name = identifier(c->name());
      return node;
    }
    if (auto *c = dynamic_cast<P::ParenExprContext *>(ctx)) {
      auto inner = expr(c->expr(), depth + 1);
      if (inner)
        inner->range = locator.of(ctx); // the parentheses belong to the operand
      return inner;
    }
    if (auto *c = dynamic_cast<P::ListExprContext *>(ctx)) {
      auto node = make<ListExpr>(ctx);
      for (auto *element : c->expr()) {
        auto value = expr(element, depth + 1);
        if (!value)
          return nullptr;
        node->elements.push_back(std::move(value));
      }
      return node;
    }
    return nullptr;
  }

  const Locator &locator;
  llvm::StringRef text;
  DiagnosticEngine &diags;
  const ParseOptions &options;
  bool reportedDepth = false;
};

//===----------------------------------------------------------------------===//
// Unclosed braces
//===----------------------------------------------------------------------===//

/// Whether `type` only ever starts a declaration of the file.
bool startsTopDecl(size_t type) {
  switch (type) {
  case RiskcardLexer::IMPORT:
  case RiskcardLexer::TAXONOMY:
  case RiskcardLexer::MAP:
  case RiskcardLexer::CARD:
  case RiskcardLexer::LEXICON:
  case RiskcardLexer::PATTERN:
  case RiskcardLexer::MODEL:
  case RiskcardLexer::INPUT:
  case RiskcardLexer::POLICY:
  case RiskcardLexer::TEST:
    return true;
  default:
    return false;
  }
}

/// A file with more `{` than `}`: finds where each missing `}` belongs and
/// reports it once, with a note at the `{` left open. A `}` is missing before
/// a declaration keyword that starts a line while a block is open, or at the
/// end of the file. Returns the tokens with the missing `}` put in (empty
/// when nothing is missing), so the parser reports nothing more about them.
std::vector<std::unique_ptr<Token>> closeUnclosedBraces(antlr4::CommonTokenStream &tokens,
                                                        const Locator &locator,
                                                        DiagnosticEngine &diags) {
  std::vector<std::unique_ptr<Token>> out;
  const std::vector<Token *> &all = tokens.getTokens();
  long balance = 0;
  for (Token *t : all)
    if (t->getChannel() == Token::DEFAULT_CHANNEL)
      balance += t->getType() == RiskcardLexer::LBRACE ? 1 : t->getType() == RiskcardLexer::RBRACE ? -1 : 0;
  if (balance <= 0)
    return out;
  std::vector<Token *> open;
  Token *previous = nullptr;
  auto close = [&](Token *before) {
    if (open.empty())
      return;
    SourceLoc at = previous ? locator.of(previous).end : locator.of(before).begin;
    std::string where = before->getType() == Token::EOF
                            ? "at the end of the file"
                            : "before `" + before->getText() + "`";
    auto diag = diags.report(DiagId::SyntaxError, SourceRange(at),
                             {"expected `}` " + where + ": " +
                              (open.size() == 1 ? std::string("a block is")
                                                : std::to_string(open.size()) + " blocks are") +
                              " still open"});
    diag.fixit(SourceRange(at), std::string(open.size(), '}'));
    for (auto it = open.rbegin(); it != open.rend(); ++it)
      diag.note(locator.of(*it), "this `{` is not closed");
    // The `}` put in belongs to the same lexer and input as its neighbours
    // (the error strategy asks a token for them when it conjures up another).
    Token *near = previous ? previous : before;
    size_t stop = previous ? previous->getStopIndex() : 0;
    for (size_t i = 0; i < open.size(); ++i) {
      auto brace = std::make_unique<antlr4::CommonToken>(
          std::make_pair(near->getTokenSource(), near->getInputStream()), RiskcardLexer::RBRACE,
          Token::DEFAULT_CHANNEL, stop + 1, stop);
      brace->setText("}");
      brace->setLine(near->getLine());
      brace->setCharPositionInLine(near->getCharPositionInLine());
      out.push_back(std::move(brace));
    }
    open.clear();
  };
  for (Token *t : all) {
    if (t->getChannel() == Token::DEFAULT_CHANNEL) {
      size_t type = t->getType();
      if (type == Token::EOF || (startsTopDecl(type) && t->getCharPositionInLine() == 0))
        close(t);
      if (type == RiskcardLexer::LBRACE)
        open.push_back(t);
      else if (type == RiskcardLexer::RBRACE && !open.empty())
        open.pop_back();
      previous = t;
    }
    out.push_back(std::make_unique<antlr4::CommonToken>(t));
  }
  return out;
}

/// Everything a parse needs, set up in one place for both entry points.
struct ParseSession {
  ParseSession(const SourceManager &sources, uint32_t fileId, DiagnosticEngine &diags)
      : input(prepareInput(sources.getBuffer(fileId), fileId, diags)),
        locator(fileId, input.byteOfCodePoint), stream(input.text), lexer(&stream),
        tokens(&lexer), parser(&tokens), strategy(std::make_shared<ErrorStrategy>(diags, locator)) {
    lexer.removeErrorListeners();
    parser.removeErrorListeners();
    parser.setErrorHandler(strategy);
  }

  PreparedInput input;
  Locator locator;
  antlr4::ANTLRInputStream stream;
  RiskcardLexer lexer;
  antlr4::CommonTokenStream tokens;
  RiskcardParser parser;
  std::shared_ptr<ErrorStrategy> strategy;
};

} // namespace

std::unique_ptr<Module> risk::parseModule(const SourceManager &sources, uint32_t fileId,
                                          DiagnosticEngine &diags,
                                          const ParseOptions &options) noexcept {
  auto module = std::make_unique<Module>();
  module->fileId = fileId;
  module->path = sources.getPath(fileId).str();
  unsigned errorsBefore = diags.getErrorCount();
  try {
    // Fault injection for the test of this wall (test/Syntax/parser-wall.test).
    if (std::getenv("RISKC_TEST_PARSER_THROW"))
      throw std::runtime_error("injected by RISKC_TEST_PARSER_THROW");
    ParseSession session(sources, fileId, diags);
    session.tokens.fill();
    bool lexErrors = false;
    if (!scanTokens(session.tokens, session.locator, session.input, diags, options,
                    module.get(), lexErrors)) {
      module->hasSyntaxErrors = true;
      return module;
    }
    // With a `}` missing, parse the tokens with it put in (reported once).
    std::vector<std::unique_ptr<Token>> repaired =
        closeUnclosedBraces(session.tokens, session.locator, diags);
    std::unique_ptr<antlr4::ListTokenSource> repairedSource;
    std::unique_ptr<antlr4::CommonTokenStream> repairedTokens;
    if (!repaired.empty()) {
      repairedSource = std::make_unique<antlr4::ListTokenSource>(std::move(repaired));
      repairedTokens = std::make_unique<antlr4::CommonTokenStream>(repairedSource.get());
      session.parser.setTokenStream(repairedTokens.get());
    }
    RiskcardParser::FileContext *tree = session.parser.file();
    Builder builder(session.locator, session.input.text, diags, options);
    builder.buildFile(tree, *module);
  } catch (const std::exception &e) {
    diags.report(DiagId::ParserInternal, SourceRange(SourceLoc{fileId, 0}), {e.what()});
  } catch (...) {
    diags.report(DiagId::ParserInternal, SourceRange(SourceLoc{fileId, 0}),
                 {"unknown exception"});
  }
  module->hasSyntaxErrors = diags.getErrorCount() != errorsBefore;
  return module;
}

std::unique_ptr<Expr> risk::parseExpression(const SourceManager &sources, uint32_t fileId,
                                            DiagnosticEngine &diags,
                                            const ParseOptions &options) noexcept {
  unsigned errorsBefore = diags.getErrorCount();
  try {
    ParseSession session(sources, fileId, diags);
    session.tokens.fill();
    bool lexErrors = false;
    if (!scanTokens(session.tokens, session.locator, session.input, diags, options,
                    nullptr, lexErrors))
      return nullptr;
    RiskcardParser::ExprEntryContext *tree = session.parser.exprEntry();
    if (diags.getErrorCount() != errorsBefore)
      return nullptr;
    Builder builder(session.locator, session.input.text, diags, options);
    auto expr = builder.expression(tree->expr());
    if (diags.getErrorCount() != errorsBefore)
      return nullptr;
    return expr;
  } catch (...) {
    diags.report(DiagId::ParserInternal, SourceRange(SourceLoc{fileId, 0}),
                 {"unknown exception"});
    return nullptr;
  }
}
