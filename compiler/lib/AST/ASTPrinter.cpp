//===- ASTPrinter.cpp - Printing the AST -----------------------------------===//
//
// The dump prints one node per line, two spaces of indentation per level, and
// the line:column of the node so golden tests can check locations too.
//
//===----------------------------------------------------------------------===//
#include "risk/AST/ASTPrinter.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

using namespace risk;

std::string risk::quote(llvm::StringRef value) {
  std::string out = "\"";
  for (unsigned char c : value) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\0':
      out += "\\0";
      break;
    default:
      if (c < 0x20 || c == 0x7f)
        out += llvm::formatv("\\u{{{0:X-}}", unsigned(c)).str();
      else
        out += static_cast<char>(c);
    }
  }
  out += '"';
  return out;
}

//===----------------------------------------------------------------------===//
// Expressions as source
//===----------------------------------------------------------------------===//

/// Precedence of an expression as an operand; postfix and primaries bind tightest.
static unsigned precedenceOf(const Expr &expr) {
  if (auto *b = llvm::dyn_cast<BinaryExpr>(&expr))
    return getBinaryOpPrecedence(b->op);
  if (auto *u = llvm::dyn_cast<UnaryExpr>(&expr))
    return u->op == UnaryExpr::Op::Not ? 3 : 7;
  return 8;
}

static void printOperand(llvm::raw_ostream &os, const Expr &operand, unsigned minPrecedence) {
  bool parens = precedenceOf(operand) < minPrecedence;
  if (parens)
    os << '(';
  printExpr(os, operand);
  if (parens)
    os << ')';
}

void risk::printExpr(llvm::raw_ostream &os, const Expr &expr) {
  switch (expr.getKind()) {
  case Expr::Kind::Number:
    os << llvm::cast<NumberExpr>(expr).spelling;
    return;
  case Expr::Kind::String:
    os << quote(llvm::cast<StringExpr>(expr).text.value);
    return;
  case Expr::Kind::Regex: {
    auto &r = llvm::cast<RegexExpr>(expr);
    os << '/' << r.regex << '/' << r.flags;
    return;
  }
  case Expr::Kind::Bool:
    os << (llvm::cast<BoolExpr>(expr).value ? "true" : "false");
    return;
  case Expr::Kind::Name:
    os << llvm::cast<NameExpr>(expr).name.name;
    return;
  case Expr::Kind::Call: {
    auto &c = llvm::cast<CallExpr>(expr);
    os << c.callee.name << '(';
    for (size_t i = 0; i < c.args.size(); ++i) {
      if (i)
        os << ", ";
      printExpr(os, *c.args[i]);
    }
    os << ')';
    return;
  }
  case Expr::Kind::Member: {
    auto &m = llvm::cast<MemberExpr>(expr);
    printOperand(os, *m.base, 8);
    os << '.' << m.member.name;
    return;
  }
  case Expr::Kind::Index: {
    auto &i = llvm::cast<IndexExpr>(expr);
    printOperand(os, *i.base, 8);
    os << '[';
    printExpr(os, *i.index);
    os << ']';
    return;
  }
  case Expr::Kind::Wildcard:
    printOperand(os, *llvm::cast<WildcardExpr>(expr).base, 8);
    os << ".*";
    return;
  case Expr::Kind::Unary: {
    auto &u = llvm::cast<UnaryExpr>(expr);
    if (u.op == UnaryExpr::Op::Not) {
      os << "not ";
      printOperand(os, *u.operand, 3);
    } else {
      os << '-';
      printOperand(os, *u.operand, 7);
    }
    return;
  }
  case Expr::Kind::Binary: {
    auto &b = llvm::cast<BinaryExpr>(expr);
    unsigned p = getBinaryOpPrecedence(b.op);
    // Left-associative: the right operand needs parentheses at equal precedence.
    // Comparisons do not chain, so both sides need them there.
    bool comparison = p == 4;
    printOperand(os, *b.lhs, comparison ? p + 1 : p);
    os << ' ' << getBinaryOpSpelling(b.op) << ' ';
    printOperand(os, *b.rhs, p + 1);
    return;
  }
  case Expr::Kind::List: {
    auto &l = llvm::cast<ListExpr>(expr);
    os << '[';
    for (size_t i = 0; i < l.elements.size(); ++i) {
      if (i)
        os << ", ";
      printExpr(os, *l.elements[i]);
    }
    os << ']';
    return;
  }
  }
}

std::string risk::exprToString(const Expr &expr) {
  std::string out;
  llvm::raw_string_ostream os(out);
  printExpr(os, expr);
  return out;
}

//===----------------------------------------------------------------------===//
// The tree dump
//===----------------------------------------------------------------------===//

namespace {
class Dumper {
public:
  Dumper(llvm::raw_ostream &os, const SourceManager &sources) : os(os), sources(sources) {}

  void module(const Module &m) {
    line(0, "Module `" + m.name + "`", {});
    for (const ImportDecl &i : m.imports)
      line(1, "Import " + i.moduleName.str() + " as " + i.localName().str(), i.range);
    for (const auto &d : m.decls)
      decl(*d);
  }

private:
  void line(unsigned depth, const std::string &text, SourceRange range) {
    os.indent(depth * 2) << text;
    if (range.isValid()) {
      LineColumn lc = sources.getLineColumn(range.begin);
      os << " <" << lc.line << ':' << lc.column << '>';
    }
    os << '\n';
  }
  static std::string opt(const std::optional<TextLit> &t) {
    return t ? " " + quote(t->value) : "";
  }
  static std::string refs(const std::vector<CategoryRef> &list) {
    std::string out;
    for (const CategoryRef &r : list)
      out += (out.empty() ? "" : ", ") + r.str();
    return out;
  }

  void category(unsigned depth, const CategoryDecl &c) {
    line(depth, "Category " + c.id.name + opt(c.title) + (c.code ? " code" + opt(c.code) : ""),
         c.range);
    for (const TextLit &d : c.descriptions)
      line(depth + 1, "Description " + quote(d.value), d.range);
    for (const auto &child : c.children)
      category(depth + 1, *child);
  }

  void decl(const Decl &d) {
    switch (d.getKind()) {
    case Decl::Kind::Taxonomy: {
      auto &t = llvm::cast<TaxonomyDecl>(d);
      line(1, "Taxonomy " + t.name.name + opt(t.title) +
                  (t.version ? " version" + opt(t.version) : ""), t.range);
      for (const TextLit &x : t.descriptions)
        line(2, "Description " + quote(x.value), x.range);
      for (const TextLit &x : t.references)
        line(2, "Reference " + quote(x.value), x.range);
      for (const auto &c : t.categories)
        category(2, *c);
      return;
    }
    case Decl::Kind::Map: {
      auto &m = llvm::cast<MapDecl>(d);
      line(1, "Map " + m.source.str() + " -> " + m.target.str(), m.range);
      for (const MapEntry &e : m.entries)
        line(2, "Entry " + e.source.str() + " => " + refs(e.targets), e.range);
      return;
    }
    case Decl::Kind::Card: {
      auto &c = llvm::cast<CardDecl>(d);
      line(1, "Card " + c.name.name + opt(c.title), c.range);
      for (const TextLit &x : c.descriptions)
        line(2, "Description " + quote(x.value), x.range);
      for (const auto &l : c.categoryLines)
        line(2, "Categories " + refs(l), l.front().range);
      for (const auto &l : c.harmLines) {
        std::string text;
        for (const HarmType &h : l)
          text += (text.empty() ? "" : ", ") + h.actor.name + "." + h.harm.name;
        line(2, "Harm " + text, l.front().range);
      }
      for (const TextLit &x : c.actionsRequired)
        line(2, "Requires " + quote(x.value), x.range);
      for (const Identifier &s : c.severities)
        line(2, "Severity " + s.name, s.range);
      for (const CardExample &e : c.examples)
        line(2, "Example" + (e.prompt ? " prompt" + opt(e.prompt) : std::string()) +
                    (e.output ? " output" + opt(e.output) : std::string()) +
                    (e.expect ? " expect " + getActionName(*e.expect).str() : std::string()),
             e.range);
      for (const TextLit &x : c.references)
        line(2, "Reference " + quote(x.value), x.range);
      return;
    }
    case Decl::Kind::Lexicon: {
      auto &l = llvm::cast<LexiconDecl>(d);
      line(1, "Lexicon " + l.name.name + opt(l.title), l.range);
      static const char *names[] = {"fold", "normalize", "words", "phrases", "substrings",
                                    "from"};
      for (const LexiconOption &o : l.options) {
        std::string text = std::string("Option ") + names[int(o.kind)];
        for (const Identifier &a : o.args)
          text += " " + a.name;
        if (o.path)
          text += " " + quote(o.path->value);
        line(2, text, o.range);
      }
      for (const LexiconTermLine &tl : l.termLines)
        for (const LexiconTerm &t : tl.terms)
          line(2, "Term " + quote(t.text.value) + (t.weight ? " " + t.weightSpelling : ""),
               t.range);
      return;
    }
    case Decl::Kind::Pattern: {
      auto &p = llvm::cast<PatternDecl>(d);
      line(1, "Pattern " + p.name.name + opt(p.title) + " /" + p.regex + "/" + p.flags +
                  p.normalizeClause(),
           p.range);
      return;
    }
    case Decl::Kind::Model: {
      auto &m = llvm::cast<ModelDecl>(d);
      line(1, "Model " + m.name.name + " = " + m.modelKind.name + "(" + quote(m.path.value) + ")",
           m.range);
      return;
    }
    case Decl::Kind::Input: {
      auto &in = llvm::cast<InputDecl>(d);
      line(1, "Input " + in.name.name, in.range);
      for (const FieldDecl &f : in.fields)
        line(2, "Field " + f.name.name + ": " + type(*f.type), f.range);
      return;
    }
    case Decl::Kind::Policy: {
      auto &p = llvm::cast<PolicyDecl>(d);
      line(1, "Policy " + p.name.name + " for " + p.inputRef(), p.range);
      for (const Identifier &c : p.combines)
        line(2, "Combine " + c.name, c.range);
      for (const LetDecl &l : p.lets) {
        line(2, "Let " + l.name.name, l.range);
        expr(3, *l.value);
      }
      for (const RuleDecl &r : p.rules) {
        std::string text = "Rule " + r.name.name + " => " + getActionName(r.action.kind).str() +
                           opt(r.action.message);
        if (!r.categories.empty())
          text += " [" + refs(r.categories) + "]";
        if (r.severity)
          text += " severity " + r.severity->name;
        if (r.because)
          text += " because" + opt(r.because);
        line(2, text, r.range);
        expr(3, *r.condition);
      }
      for (const Action &a : p.defaults)
        line(2, "Default " + getActionName(a.kind).str() + opt(a.message), a.range);
      return;
    }
    case Decl::Kind::Test: {
      auto &t = llvm::cast<TestDecl>(d);
      line(1, "Test " + t.name.name + (t.policyName ? " for " + t.policyName->name : ""),
           t.range);
      for (const TestExpect &e : t.expects)
        line(2, "Expect " + getActionName(e.expect).str() + " " +
                    (e.text ? quote(e.text->value) : e.json->toJson()) +
                    (e.categories.empty() ? "" : " as " + refs(e.categories)),
             e.range);
      for (const auto &l : t.cardLines)
        line(2, "Cards " + refs(l), l.front().range);
      return;
    }
    }
  }

  static std::string type(const TypeExpr &t) {
    std::string out;
    switch (t.kind) {
    case TypeExpr::Kind::Named:
      out = t.name.name;
      break;
    case TypeExpr::Kind::Enum:
      out = "enum {";
      for (size_t i = 0; i < t.enumValues.size(); ++i)
        out += (i ? ", " : " ") + t.enumValues[i].name;
      out += " }";
      break;
    case TypeExpr::Kind::List:
      out = "list<" + type(*t.element) + ">";
      break;
    }
    return t.optional ? out + "?" : out;
  }

  void expr(unsigned depth, const Expr &e) {
    switch (e.getKind()) {
    case Expr::Kind::Number:
      line(depth, "Number " + llvm::cast<NumberExpr>(e).spelling, e.range);
      return;
    case Expr::Kind::String:
      line(depth, "String " + quote(llvm::cast<StringExpr>(e).text.value), e.range);
      return;
    case Expr::Kind::Regex: {
      auto &r = llvm::cast<RegexExpr>(e);
      line(depth, "Regex /" + r.regex + "/" + r.flags, e.range);
      return;
    }
    case Expr::Kind::Bool:
      line(depth, llvm::cast<BoolExpr>(e).value ? "Bool true" : "Bool false", e.range);
      return;
    case Expr::Kind::Name:
      line(depth, "Name " + llvm::cast<NameExpr>(e).name.name, e.range);
      return;
    case Expr::Kind::Call: {
      auto &c = llvm::cast<CallExpr>(e);
      line(depth, "Call " + c.callee.name, e.range);
      for (const auto &a : c.args)
        expr(depth + 1, *a);
      return;
    }
    case Expr::Kind::Member: {
      auto &m = llvm::cast<MemberExpr>(e);
      line(depth, "Member ." + m.member.name, e.range);
      expr(depth + 1, *m.base);
      return;
    }
    case Expr::Kind::Index: {
      auto &i = llvm::cast<IndexExpr>(e);
      line(depth, "Index", e.range);
      expr(depth + 1, *i.base);
      expr(depth + 1, *i.index);
      return;
    }
    case Expr::Kind::Wildcard:
      line(depth, "Wildcard .*", e.range);
      expr(depth + 1, *llvm::cast<WildcardExpr>(e).base);
      return;
    case Expr::Kind::Unary: {
      auto &u = llvm::cast<UnaryExpr>(e);
      line(depth, u.op == UnaryExpr::Op::Not ? "Unary not" : "Unary -", e.range);
      expr(depth + 1, *u.operand);
      return;
    }
    case Expr::Kind::Binary: {
      auto &b = llvm::cast<BinaryExpr>(e);
      line(depth, "Binary " + getBinaryOpSpelling(b.op).str(), e.range);
      expr(depth + 1, *b.lhs);
      expr(depth + 1, *b.rhs);
      return;
    }
    case Expr::Kind::List: {
      auto &l = llvm::cast<ListExpr>(e);
      line(depth, "List", e.range);
      for (const auto &x : l.elements)
        expr(depth + 1, *x);
      return;
    }
    }
  }

  llvm::raw_ostream &os;
  const SourceManager &sources;
};
} // namespace

void risk::dumpModule(llvm::raw_ostream &os, const Module &module, const SourceManager &sources) {
  Dumper(os, sources).module(module);
}
