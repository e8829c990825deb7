//===- Formatter.cpp - The canonical layout --------------------------------===//
//
// The printer walks the AST and emits "lines". Before each line it flushes the
// comments that precede the line's source position, so comments keep their
// place relative to the items around them; a comment that trailed a line in the
// source trails the same item again. Blank lines between items of a block are
// kept (at most one).
//
//===----------------------------------------------------------------------===//
#include "risk/Format/Formatter.h"

#include "risk/AST/ASTPrinter.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <functional>

using namespace risk;

namespace {

class Printer {
public:
  Printer(const Module &module, const SourceManager &sources, const FormatOptions &options)
      : module(module), sources(sources), options(options),
        buffer(sources.getBuffer(module.fileId)) {
    comments = module.comments;
    llvm::sort(comments, [](const Comment &a, const Comment &b) {
      return a.range.begin.offset < b.range.begin.offset;
    });
  }

  std::string print() {
    bool first = true;
    if (module.declaredName) {
      line("module " + module.declaredName->str(), module.declaredName->range);
      first = false;
    }
    if (!module.imports.empty()) {
      if (!first)
        blank();
      for (const ImportDecl &import : module.imports) {
        std::string text = "import " + import.moduleName.str();
        if (import.alias)
          text += " as " + import.alias->name;
        line(text, import.range);
      }
      first = false;
    }
    for (const auto &decl : module.decls) {
      if (!first)
        blank();
      first = false;
      printDecl(*decl);
    }
    flushComments(UINT32_MAX, /*beforeClose=*/false);
    // Exactly one newline at the end.
    while (!out.empty() && out.back() == '\n')
      out.pop_back();
    out += '\n';
    if (out == "\n")
      out.clear();
    return out;
  }

private:
  /// Lexicon term lists wrap before this column.
  static constexpr size_t kColumnLimit = 96;

  //--- Lines and comments --------------------------------------------------------

  void blank() { pendingBlank = true; }

  std::string indentation() const { return std::string(indent * 2, ' '); }

  void writeRaw(const std::string &text) {
    if (pendingBlank && !out.empty() && !llvm::StringRef(out).ends_with("\n\n") &&
        !llvm::StringRef(out).ends_with("{\n"))
      out += '\n';
    pendingBlank = false;
    out += text;
  }

  /// True when the source has an empty line between offsets `from` and `to`.
  bool blankLineBetween(uint32_t from, uint32_t to) const {
    if (to <= from || to > buffer.size())
      return false;
    llvm::StringRef gap = buffer.slice(from, to);
    size_t nl = gap.find('\n');
    while (nl != llvm::StringRef::npos) {
      size_t next = gap.find('\n', nl + 1);
      if (next == llvm::StringRef::npos)
        break;
      if (gap.slice(nl + 1, next).trim().empty())
        return true;
      nl = next;
    }
    return false;
  }

  /// Emits the comments that start before `offset` on lines of their own.
  void flushComments(uint32_t offset, bool beforeClose) {
    while (nextComment < comments.size() && comments[nextComment].range.begin.offset < offset) {
      const Comment &c = comments[nextComment++];
      if (c.trailing && lastEnd && sameLine(lastEnd, c.range.begin.offset) &&
          !out.empty() && out.back() == '\n') {
        out.pop_back();
        out += "  " + c.text + "\n";
        continue;
      }
      if (lastEnd && blankLineBetween(lastEnd, c.range.begin.offset))
        pendingBlank = true;
      writeRaw(indentation() + c.text + "\n");
      lastEnd = c.range.end.offset;
    }
    (void)beforeClose;
  }

  bool sameLine(uint32_t a, uint32_t b) const {
    if (a > b)
      std::swap(a, b);
    return buffer.slice(a, b).find('\n') == llvm::StringRef::npos;
  }

  /// Emits one line of output for an item that was written at `range`.
  void line(const std::string &text, SourceRange range) {
    if (range.isValid()) {
      flushComments(range.begin.offset, false);
      if (lastEnd && blankLineBetween(lastEnd, range.begin.offset))
        pendingBlank = true;
    }
    writeRaw(indentation() + text + "\n");
    if (range.isValid()) {
      lastEnd = range.end.offset;
      attachTrailingComment(range.end.offset);
    }
  }

  /// A comment that follows `end` on the same source line, with only spaces
  /// and separators between, stays at the end of the line just written.
  void attachTrailingComment(uint32_t end) {
    if (nextComment >= comments.size())
      return;
    const Comment &c = comments[nextComment];
    if (!c.trailing || c.range.begin.offset < end ||
        !buffer.slice(end, c.range.begin.offset).trim(" \t;,").empty())
      return;
    out.pop_back();
    out += "  " + c.text + "\n";
    lastEnd = c.range.end.offset;
    ++nextComment;
  }

  /// Opens a block: `header {`.
  void open(const std::string &header, SourceRange range) {
    line(header + " {", SourceRange(range.begin, range.begin));
    lastEnd = range.begin.offset;
    ++indent;
  }

  /// Closes a block whose source range ends with its `}`.
  void close(SourceRange range) {
    uint32_t brace = range.end.offset ? range.end.offset - 1 : 0;
    flushComments(brace, true);
    --indent;
    pendingBlank = false;
    writeRaw(indentation() + "}\n");
    lastEnd = range.end.offset;
    attachTrailingComment(range.end.offset);
  }

  //--- Pieces ----------------------------------------------------------------------

  /// A string literal: single-line ones keep their spelling; multi-line ones
  /// are re-indented to the current block.
  std::string str(const TextLit &lit) const {
    if (!lit.multiline)
      return sources.getText(lit.range).str();
    std::string body;
    llvm::SmallVector<llvm::StringRef, 8> lines;
    llvm::StringRef(lit.value).split(lines, '\n');
    std::string inner = std::string((indent + 1) * 2, ' ');
    for (llvm::StringRef l : lines) {
      std::string escaped;
      for (size_t i = 0; i < l.size(); ++i) {
        if (l[i] == '\\') {
          escaped += "\\\\";
        } else if (l.substr(i).starts_with("\"\"\"")) {
          escaped += "\\\"\\\"\\\""; // every quote of the run escaped
          i += 2;
        } else {
          escaped += l[i];
        }
      }
      body += (escaped.empty() ? "" : inner + escaped) + "\n";
    }
    return "\"\"\"\n" + body + indentation() + "\"\"\"";
  }
  std::string opt(const std::optional<TextLit> &lit) const {
    return lit ? " " + str(*lit) : "";
  }
  static std::string refs(const std::vector<CategoryRef> &list) {
    std::string out;
    for (const CategoryRef &r : list)
      out += (out.empty() ? "" : ", ") + r.str();
    return out;
  }

  //--- Declarations ----------------------------------------------------------------

  void printDecl(const Decl &decl) {
    switch (decl.getKind()) {
    case Decl::Kind::Taxonomy:
      return printTaxonomy(llvm::cast<TaxonomyDecl>(decl));
    case Decl::Kind::Map:
      return printMap(llvm::cast<MapDecl>(decl));
    case Decl::Kind::Card:
      return printCard(llvm::cast<CardDecl>(decl));
    case Decl::Kind::Lexicon:
      return printLexicon(llvm::cast<LexiconDecl>(decl));
    case Decl::Kind::Pattern: {
      auto &p = llvm::cast<PatternDecl>(decl);
      line("pattern " + p.name.name + opt(p.title) + " = /" + p.regex + "/" + p.flags +
               p.normalizeClause(),
           p.range);
      return;
    }
    case Decl::Kind::Model: {
      auto &m = llvm::cast<ModelDecl>(decl);
      line("model " + m.name.name + " = " + m.modelKind.name + "(" + str(m.path) + ")", m.range);
      return;
    }
    case Decl::Kind::Input:
      return printInput(llvm::cast<InputDecl>(decl));
    case Decl::Kind::Policy:
      return printPolicy(llvm::cast<PolicyDecl>(decl));
    case Decl::Kind::Test:
      return printTest(llvm::cast<TestDecl>(decl));
    }
  }

  /// Items of a block, printed in source order whatever their kind.
  using Item = std::pair<uint32_t, std::function<void()>>;
  static void emitInOrder(std::vector<Item> &items) {
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.first < b.first; });
    for (Item &item : items)
      item.second();
  }

  void printTaxonomy(const TaxonomyDecl &t) {
    open("taxonomy " + t.name.name + opt(t.title) + (t.version ? " version" + opt(t.version) : ""),
         t.range);
    std::vector<Item> items;
    for (const TextLit &d : t.descriptions)
      items.push_back({d.range.begin.offset, [&, d] { line("description " + str(d), itemRange(d.range)); }});
    for (const TextLit &r : t.references)
      items.push_back({r.range.begin.offset, [&, r] { line("reference " + str(r), itemRange(r.range)); }});
    for (const auto &c : t.categories)
      items.push_back({c->range.begin.offset, [&, cp = c.get()] { printCategory(*cp); }});
    emitInOrder(items);
    close(t.range);
  }

  /// The range of a `keyword value` item: from the keyword before the value.
  SourceRange itemRange(SourceRange value) const {
    uint32_t begin = value.begin.offset;
    while (begin > 0 && buffer[begin - 1] == ' ')
      --begin;
    while (begin > 0 && (llvm::isAlnum(buffer[begin - 1]) || buffer[begin - 1] == '_'))
      --begin;
    return {{value.begin.fileId, begin}, value.end};
  }

  void printCategory(const CategoryDecl &c) {
    std::string header = "category " + c.id.name + opt(c.title) + (c.code ? " code" + opt(c.code) : "");
    bool hasBody = !c.children.empty() || !c.descriptions.empty() || !c.extraCodes.empty();
    if (!hasBody) {
      line(header, c.range);
      return;
    }
    open(header, c.range);
    std::vector<Item> items;
    for (const TextLit &d : c.descriptions)
      items.push_back({d.range.begin.offset, [&, d] { line("description " + str(d), itemRange(d.range)); }});
    for (const TextLit &x : c.extraCodes)
      if (!c.code || x.range.begin.offset != c.code->range.begin.offset)
        items.push_back({x.range.begin.offset, [&, x] { line("code " + str(x), itemRange(x.range)); }});
    for (const auto &child : c.children)
      items.push_back({child->range.begin.offset, [&, cp = child.get()] { printCategory(*cp); }});
    emitInOrder(items);
    close(c.range);
  }

  void printMap(const MapDecl &m) {
    open("map " + m.source.str() + " -> " + m.target.str(), m.range);
    for (const MapEntry &e : m.entries)
      line(e.source.str() + " => " + refs(e.targets), e.range);
    close(m.range);
  }

  void printCard(const CardDecl &c) {
    open("card " + c.name.name + opt(c.title), c.range);
    std::vector<Item> items;
    for (const TextLit &d : c.descriptions)
      items.push_back({d.range.begin.offset, [&, d] { line("description " + str(d), itemRange(d.range)); }});
    for (const auto &l : c.categoryLines) {
      SourceRange r = itemRange(SourceRange::join(l.front().range, l.back().range));
      items.push_back({r.begin.offset, [&, r, lp = &l] { line("categories " + refs(*lp), r); }});
    }
    for (const auto &l : c.harmLines) {
      SourceRange r = itemRange(SourceRange::join(l.front().range, l.back().range));
      items.push_back({r.begin.offset, [&, r, lp = &l] {
                         std::string text;
                         for (const HarmType &h : *lp)
                           text += (text.empty() ? "" : ", ") + h.actor.name + "." + h.harm.name;
                         line("harm " + text, r);
                       }});
    }
    for (const TextLit &x : c.actionsRequired)
      items.push_back({x.range.begin.offset, [&, x] { line("requires " + str(x), itemRange(x.range)); }});
    for (const Identifier &s : c.severities)
      items.push_back({s.range.begin.offset, [&, s] { line("severity " + s.name, itemRange(s.range)); }});
    for (const CardExample &e : c.examples)
      items.push_back({e.range.begin.offset, [&, ep = &e] {
                         std::string text = "example";
                         if (ep->prompt)
                           text += " prompt " + str(*ep->prompt);
                         if (ep->output)
                           text += " output " + str(*ep->output);
                         if (ep->expect)
                           text += " expect " + getActionName(*ep->expect).str();
                         line(text, ep->range);
                       }});
    for (const TextLit &r : c.references)
      items.push_back({r.range.begin.offset, [&, r] { line("reference " + str(r), itemRange(r.range)); }});
    emitInOrder(items);
    close(c.range);
  }

  void printLexicon(const LexiconDecl &l) {
    open("lexicon " + l.name.name + opt(l.title), l.range);
    std::vector<Item> items;
    for (const LexiconOption &o : l.options)
      items.push_back({o.range.begin.offset, [&, op = &o] {
                         std::string text;
                         switch (op->kind) {
                         case LexiconOption::Kind::Fold:
                           text = "fold";
                           break;
                         case LexiconOption::Kind::Normalize:
                           text = "normalize";
                           break;
                         case LexiconOption::Kind::Words:
                           text = "words";
                           break;
                         case LexiconOption::Kind::Phrases:
                           text = "phrases";
                           break;
                         case LexiconOption::Kind::Substrings:
                           text = "substrings";
                           break;
                         case LexiconOption::Kind::From:
                           text = "from " + str(*op->path);
                           break;
                         }
                         for (size_t i = 0; i < op->args.size(); ++i)
                           text += (i ? ", " : " ") + op->args[i].name;
                         line(text, op->range);
                       }});
    for (const LexiconTermLine &tl : l.termLines)
      items.push_back({tl.range.begin.offset, [&, tp = &tl] {
                         // Terms fill lines up to the column limit; a line
                         // that ends in a comma continues the same group.
                         std::string text, current;
                         size_t width = indentation().size();
                         for (const LexiconTerm &t : tp->terms) {
                           std::string term = str(t.text);
                           if (t.weight)
                             term += " " + t.weightSpelling;
                           if (!current.empty() &&
                               width + current.size() + 2 + term.size() + 1 > kColumnLimit) {
                             text += current + ",\n" + indentation();
                             current.clear();
                           }
                           current += (current.empty() ? "" : ", ") + term;
                         }
                         line(text + current, tp->range);
                       }});
    emitInOrder(items);
    close(l.range);
  }

  static std::string typeText(const TypeExpr &t) {
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
      out = "list<" + typeText(*t.element) + ">";
      break;
    }
    return t.optional ? out + "?" : out;
  }

  void printInput(const InputDecl &in) {
    if (in.fields.empty()) {
      line("input " + in.name.name + " {}", in.range);
      return;
    }
    open("input " + in.name.name, in.range);
    for (const FieldDecl &f : in.fields)
      line(f.name.name + ": " + typeText(*f.type) + ",", f.range);
    close(in.range);
  }

  std::string actionText(const Action &a) const {
    return getActionName(a.kind).str() + opt(a.message);
  }

  void printRule(const RuleDecl &r) {
    std::string head = "rule " + r.name.name;
    std::string when = "when " + exprToString(*r.condition);
    std::string then = "=> " + actionText(r.action);
    if (!r.categories.empty())
      then += " " + refs(r.categories);
    if (r.severity)
      then += " severity " + r.severity->name;
    std::string because = r.because ? "because " + str(*r.because) : "";
    std::string single = head + " " + when + " " + then + (because.empty() ? "" : " " + because);
    if (indentation().size() + single.size() <= options.lineWidth &&
        single.find('\n') == std::string::npos) {
      line(single, r.range);
      return;
    }
    line(head, SourceRange(r.range.begin, r.name.range.end));
    ++indent;
    line(when, {});
    line(then, {});
    if (!because.empty())
      line(because, {});
    --indent;
    lastEnd = r.range.end.offset;
  }

  void printPolicy(const PolicyDecl &p) {
    open("policy " + p.name.name + " for " + p.inputRef(), p.range);
    std::vector<Item> items;
    for (const Identifier &c : p.combines)
      items.push_back({itemRange(c.range).begin.offset, [&, c] { line("combine " + c.name, itemRange(c.range)); }});
    for (const LetDecl &l : p.lets)
      items.push_back({l.range.begin.offset, [&, lp = &l] {
                         line("let " + lp->name.name + " = " + exprToString(*lp->value), lp->range);
                       }});
    for (const RuleDecl &r : p.rules)
      items.push_back({r.range.begin.offset, [&, rp = &r] { printRule(*rp); }});
    for (const Action &a : p.defaults)
      items.push_back({itemRange(a.range).begin.offset,
                       [&, ap = &a] { line("default " + actionText(*ap), itemRange(ap->range)); }});
    emitInOrder(items);
    close(p.range);
  }

  std::string json(const JsonLit &j) const {
    switch (j.kind) {
    case JsonLit::Kind::Null:
      return "null";
    case JsonLit::Kind::Bool:
      return j.boolValue ? "true" : "false";
    case JsonLit::Kind::Number:
      return j.text;
    case JsonLit::Kind::String:
      return sources.getText(j.range).str();
    case JsonLit::Kind::Array: {
      std::string out = "[";
      for (size_t i = 0; i < j.elements.size(); ++i)
        out += (i ? ", " : "") + json(j.elements[i]);
      return out + "]";
    }
    case JsonLit::Kind::Object: {
      std::string out = "{";
      for (size_t i = 0; i < j.members.size(); ++i)
        out += (i ? ", " : "") + str(j.members[i].first) + ": " + json(j.members[i].second);
      return out + "}";
    }
    }
    return "null";
  }

  void printTest(const TestDecl &t) {
    open("test " + t.name.name + (t.policyName ? " for " + t.policyName->name : ""), t.range);
    std::vector<Item> items;
    for (const TestExpect &e : t.expects)
      items.push_back({e.range.begin.offset, [&, ep = &e] {
                         std::string text = "expect " + getActionName(ep->expect).str() + " " +
                                            (ep->text ? str(*ep->text) : json(*ep->json));
                         if (!ep->categories.empty())
                           text += " as " + refs(ep->categories);
                         line(text, ep->range);
                       }});
    for (const auto &l : t.cardLines) {
      SourceRange r = itemRange(SourceRange::join(l.front().range, l.back().range));
      items.push_back({r.begin.offset, [&, r, lp = &l] { line("cards " + refs(*lp), r); }});
    }
    emitInOrder(items);
    close(t.range);
  }

  const Module &module;
  const SourceManager &sources;
  const FormatOptions &options;
  llvm::StringRef buffer;
  std::vector<Comment> comments;
  size_t nextComment = 0;
  std::string out;
  unsigned indent = 0;
  bool pendingBlank = false;
  uint32_t lastEnd = 0;
};

} // namespace

std::string risk::formatModule(const Module &module, const SourceManager &sources,
                               const FormatOptions &options) {
  return Printer(module, sources, options).print();
}
