//===- Manifest.cpp - What a guard carries besides its code ----------------===//
//
// The manifest names everything the evaluator refers to by number: fields and
// their types (for input validation), slots (fields and JSON paths), rules
// (names, actions, categories with mapped ones, reasons, evidence, scores),
// matchers and score cells. The runtime reads it once when a guard opens.
//
//===----------------------------------------------------------------------===//
#include "risk/Policy/Policy.h"

#include "risk/AST/ASTPrinter.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace risk;

static std::string typeName(ValueType::Kind k) {
  switch (k) {
  case ValueType::Kind::String:
    return "string";
  case ValueType::Kind::Number:
    return "number";
  case ValueType::Kind::Bool:
    return "bool";
  case ValueType::Kind::List:
    return "list";
  default:
    return "json";
  }
}

std::string CheckedPolicy::manifestJson() const {
  llvm::json::Array fields;
  for (size_t i = 0; i < input->fields.size(); ++i) {
    const Slot &slot = slots[i];
    llvm::json::Object f{{"name", input->fields[i].name.name},
                         {"type", typeName(slot.type.kind)},
                         {"optional", slot.optional}};
    if (slot.type.kind == ValueType::Kind::List)
      f["element"] = typeName(slot.type.element);
    if (!slot.enumValues.empty())
      f["enum"] = llvm::json::Array(slot.enumValues);
    fields.push_back(std::move(f));
  }
  llvm::json::Array slotArray;
  for (const Slot &slot : slots) {
    llvm::json::Object s{{"field", int64_t(slot.field)},
                         {"path", llvm::json::Array(slot.path)},
                         {"display", slot.display}};
    if (slot.kind == Slot::Kind::JsonStrings || slot.kind == Slot::Kind::JsonKeys)
      s["leaves"] = slot.kind == Slot::Kind::JsonStrings ? "strings" : "keys";
    slotArray.push_back(std::move(s));
  }
  llvm::json::Array matchers;
  for (const LexiconInfo &lex : lexicons) {
    llvm::json::Array terms;
    for (const LexiconInfo::Term &t : lex.terms)
      terms.push_back(t.text);
    matchers.push_back(
        llvm::json::Object{{"name", lex.name}, {"kind", "lexicon"}, {"terms", std::move(terms)}});
  }
  for (const PatternInfo &p : patterns)
    matchers.push_back(llvm::json::Object{{"name", p.name}, {"kind", "pattern"}});
  llvm::json::Array scoreNames;
  for (const Expr *c : scores)
    scoreNames.push_back(exprToString(*c));
  llvm::json::Array ruleArray;
  for (const RuleInfo &rule : rules) {
    llvm::json::Array categories, evidence, scoreIds;
    for (const CategoryDecl *c : rule.categories)
      categories.push_back(c->qualifiedPath());
    for (const Scan &s : rule.evidence)
      evidence.push_back(llvm::json::Object{{"matcher", int64_t(s.matcher)}, {"slot", int64_t(s.slot)}});
    for (int id : rule.scores)
      scoreIds.push_back(int64_t(id));
    const RuleDecl &decl = *rule.decl;
    llvm::json::Object r{{"name", decl.name.name},
                         {"action", getActionName(decl.action.kind).str()},
                         {"categories", std::move(categories)},
                         {"evidence", std::move(evidence)},
                         {"scores", std::move(scoreIds)}};
    if (decl.action.message)
      r["guidance"] = decl.action.message->value;
    if (decl.because)
      r["reason"] = decl.because->value;
    ruleArray.push_back(std::move(r));
  }
  llvm::json::Object manifest{{"abi", int64_t(RISKCARD_MANIFEST_ABI)},
                              {"policy", decl->name.name},
                              {"bundle", bundleHash},
                              {"default", getActionName(defaultAction).str()},
                              {"spanCapacity", int64_t(spanCapacity)},
                              {"fields", std::move(fields)},
                              {"slots", std::move(slotArray)},
                              {"matchers", std::move(matchers)},
                              {"scores", std::move(scoreNames)},
                              {"rules", std::move(ruleArray)}};
  if (defaultGuidance)
    manifest["defaultGuidance"] = *defaultGuidance;
  std::string out;
  llvm::raw_string_ostream os(out);
  os << llvm::json::Value(std::move(manifest));
  return out;
}
