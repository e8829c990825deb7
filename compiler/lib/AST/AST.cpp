//===- AST.cpp - Helpers on AST nodes --------------------------------------===//
//
// Names and spellings of AST enums, path printing and JSON serialisation of
// inline test inputs.
//
//===----------------------------------------------------------------------===//
#include "risk/AST/AST.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace risk;

std::string QualifiedName::str() const {
  std::string out;
  for (const Identifier &part : parts) {
    if (!out.empty())
      out += '.';
    out += part.name;
  }
  return out;
}

std::string CategoryRef::str() const {
  std::string out;
  for (const Identifier &segment : segments) {
    if (!out.empty())
      out += '.';
    out += segment.name;
  }
  if (wildcard)
    out += ".*";
  return out;
}

llvm::StringRef risk::getActionName(ActionKind kind) {
  switch (kind) {
  case ActionKind::Allow:
    return "allow";
  case ActionKind::Warn:
    return "warn";
  case ActionKind::Redact:
    return "redact";
  case ActionKind::Guide:
    return "guide";
  case ActionKind::Escalate:
    return "escalate";
  case ActionKind::Block:
    return "block";
  case ActionKind::Error:
    return "error";
  }
  return "error";
}

std::optional<ActionKind> risk::parseActionName(llvm::StringRef name) {
  for (ActionKind kind : {ActionKind::Allow, ActionKind::Warn, ActionKind::Redact,
                          ActionKind::Guide, ActionKind::Escalate, ActionKind::Block,
                          ActionKind::Error})
    if (getActionName(kind) == name)
      return kind;
  return std::nullopt;
}

std::string CategoryDecl::path() const {
  std::string out = id.name;
  for (const CategoryDecl *p = parent; p; p = p->parent)
    out = p->id.name + "." + out;
  return out;
}

std::string CategoryDecl::qualifiedPath() const {
  std::string tax = taxonomy ? taxonomy->name.name : std::string("?");
  return tax + "." + path();
}

bool CategoryDecl::isWithin(const CategoryDecl *other) const {
  for (const CategoryDecl *c = this; c; c = c->parent)
    if (c == other)
      return true;
  return false;
}

llvm::StringRef Decl::getKindName() const {
  switch (kind) {
  case Kind::Taxonomy:
    return "taxonomy";
  case Kind::Map:
    return "map";
  case Kind::Card:
    return "card";
  case Kind::Lexicon:
    return "lexicon";
  case Kind::Pattern:
    return "pattern";
  case Kind::Model:
    return "model";
  case Kind::Input:
    return "input";
  case Kind::Policy:
    return "policy";
  case Kind::Test:
    return "test";
  }
  return "declaration";
}

std::vector<const CategoryRef *> CardDecl::allCategories() const {
  std::vector<const CategoryRef *> out;
  for (const auto &line : categoryLines)
    for (const CategoryRef &ref : line)
      out.push_back(&ref);
  return out;
}

llvm::StringRef risk::getBinaryOpSpelling(BinaryExpr::Op op) {
  using Op = BinaryExpr::Op;
  switch (op) {
  case Op::Mul:
    return "*";
  case Op::Div:
    return "/";
  case Op::Mod:
    return "%";
  case Op::Add:
    return "+";
  case Op::Sub:
    return "-";
  case Op::Lt:
    return "<";
  case Op::Le:
    return "<=";
  case Op::Gt:
    return ">";
  case Op::Ge:
    return ">=";
  case Op::Eq:
    return "==";
  case Op::Ne:
    return "!=";
  case Op::In:
    return "in";
  case Op::NotIn:
    return "not in";
  case Op::And:
    return "and";
  case Op::Or:
    return "or";
  }
  return "?";
}

unsigned risk::getBinaryOpPrecedence(BinaryExpr::Op op) {
  using Op = BinaryExpr::Op;
  switch (op) {
  case Op::Or:
    return 1;
  case Op::And:
    return 2;
  // 3 is `not`
  case Op::Lt:
  case Op::Le:
  case Op::Gt:
  case Op::Ge:
  case Op::Eq:
  case Op::Ne:
  case Op::In:
  case Op::NotIn:
    return 4;
  case Op::Add:
  case Op::Sub:
    return 5;
  case Op::Mul:
  case Op::Div:
  case Op::Mod:
    return 6;
  }
  return 0;
}

static llvm::json::Value toJsonValue(const JsonLit &lit) {
  switch (lit.kind) {
  case JsonLit::Kind::Null:
    return nullptr;
  case JsonLit::Kind::Bool:
    return lit.boolValue;
  case JsonLit::Kind::Number: {
    double value = 0;
    llvm::StringRef(lit.text).getAsDouble(value);
    int64_t integer = static_cast<int64_t>(value);
    if (static_cast<double>(integer) == value && lit.text.find_first_of(".eE") == std::string::npos)
      return integer;
    return value;
  }
  case JsonLit::Kind::String:
    return lit.text;
  case JsonLit::Kind::Array: {
    llvm::json::Array array;
    for (const JsonLit &element : lit.elements)
      array.push_back(toJsonValue(element));
    return array;
  }
  case JsonLit::Kind::Object: {
    llvm::json::Object object;
    for (const auto &[key, value] : lit.members)
      object[key.value] = toJsonValue(value);
    return object;
  }
  }
  return nullptr;
}

std::string JsonLit::toJson() const {
  std::string out;
  llvm::raw_string_ostream os(out);
  os << toJsonValue(*this);
  return out;
}
