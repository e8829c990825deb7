//===- Diagnostic.cpp - Reporting and rendering diagnostics ----------------===//
//
// Text output follows clang: the location line, the source line, a caret under
// the range and fix-it text below it. JSON is one array of objects; SARIF is the
// 2.1.0 log format that code-scanning services read.
//
//===----------------------------------------------------------------------===//
#include "risk/Basic/Diagnostic.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/WithColor.h"
#include <algorithm>

using namespace risk;

// Severity columns of DiagnosticKinds.def: a lint is a warning that starts off.
static constexpr Severity sev_Error = Severity::Error;
static constexpr Severity sev_Warning = Severity::Warning;
static constexpr Severity sev_Remark = Severity::Remark;
static constexpr Severity sev_Lint = Severity::Warning;
static constexpr bool lint_Error = false;
static constexpr bool lint_Warning = false;
static constexpr bool lint_Remark = false;
static constexpr bool lint_Lint = true;

static const DiagKindInfo kindTable[] = {
#define DIAG(ID, SEVERITY, NAME, MESSAGE)                                            \
  {DiagId::ID, NAME, MESSAGE, sev_##SEVERITY, lint_##SEVERITY},
#include "risk/Basic/DiagnosticKinds.def"
};

llvm::ArrayRef<DiagKindInfo> risk::getAllDiagKinds() { return kindTable; }

const DiagKindInfo &risk::getDiagKindInfo(DiagId id) {
  return kindTable[static_cast<unsigned>(id)];
}

std::optional<DiagId> risk::lookupDiagKind(llvm::StringRef name) {
  for (const DiagKindInfo &info : kindTable)
    if (info.name == name)
      return info.id;
  return std::nullopt;
}

llvm::StringRef risk::getSeverityName(Severity severity) {
  switch (severity) {
  case Severity::Ignored:
    return "ignored";
  case Severity::Note:
    return "note";
  case Severity::Remark:
    return "remark";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "error";
}

//===----------------------------------------------------------------------===//
// Reporting
//===----------------------------------------------------------------------===//

static std::string substituteArgs(llvm::StringRef format, llvm::ArrayRef<std::string> args) {
  std::string out;
  out.reserve(format.size() + 32);
  for (size_t i = 0; i < format.size(); ++i) {
    char c = format[i];
    if (c == '{' && i + 2 < format.size() && llvm::isDigit(format[i + 1]) &&
        format[i + 2] == '}') {
      unsigned index = format[i + 1] - '0';
      if (index < args.size())
        out += args[index];
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

Severity DiagnosticEngine::getSeverity(DiagId id) const {
  const DiagKindInfo &info = getDiagKindInfo(id);
  Severity severity = info.defaultSeverity;
  bool enabled = !info.isLint;
  for (auto &[kind, on] : options.overrides)
    if (kind == id)
      enabled = on;
  if (severity == Severity::Error)
    return Severity::Error; // errors cannot be turned off
  if (!enabled || options.allWarningsOff)
    return Severity::Ignored;
  if (severity == Severity::Warning && options.warningsAsErrors)
    return Severity::Error;
  return severity;
}

DiagnosticBuilder DiagnosticEngine::report(DiagId id, SourceRange range,
                                           llvm::ArrayRef<std::string> args) {
  Severity severity = getSeverity(id);
  if (severity == Severity::Ignored)
    return DiagnosticBuilder(nullptr, 0);
  if (range.isValid() && !range.end.isValid())
    range.end = range.begin;
  Diagnostic diag{id, severity, range, substituteArgs(getDiagKindInfo(id).message, args),
                  {}, {}};
  diagnostics.push_back(std::move(diag));
  if (severity == Severity::Error)
    ++errorCount;
  else if (severity == Severity::Warning)
    ++warningCount;
  return DiagnosticBuilder(this, diagnostics.size() - 1);
}

DiagnosticBuilder &DiagnosticBuilder::note(SourceRange range, std::string message) {
  if (engine)
    engine->diagnostics[index].notes.push_back({range, std::move(message)});
  return *this;
}

DiagnosticBuilder &DiagnosticBuilder::fixit(SourceRange range, std::string replacement) {
  if (engine)
    engine->diagnostics[index].fixits.push_back({range, std::move(replacement)});
  return *this;
}

std::vector<Diagnostic> DiagnosticEngine::takeDiagnostics() {
  std::vector<Diagnostic> out = std::move(diagnostics);
  diagnostics.clear();
  errorCount = warningCount = 0;
  return out;
}

//===----------------------------------------------------------------------===//
// Text rendering
//===----------------------------------------------------------------------===//

namespace {
/// A source line prepared for display: tabs expanded, and a map from byte
/// column to display column so that carets line up under UTF-8 text.
struct DisplayLine {
  std::string text;
  std::vector<unsigned> displayColumn; // indexed by byte offset in the line

  explicit DisplayLine(llvm::StringRef line) {
    unsigned column = 0;
    displayColumn.reserve(line.size() + 1);
    for (size_t i = 0; i < line.size(); ++i) {
      unsigned char c = line[i];
      displayColumn.push_back(column);
      if (c == '\t') {
        unsigned next = (column / 8 + 1) * 8;
        text.append(next - column, ' ');
        column = next;
        continue;
      }
      if (c < 0x20 || c == 0x7f) {
        text += ' '; // control characters would garble the terminal
        ++column;
        continue;
      }
      text += static_cast<char>(c);
      if ((c & 0xC0) != 0x80) // count code points, not continuation bytes
        ++column;
    }
    displayColumn.push_back(column);
  }
  unsigned columnAt(unsigned byte) const {
    return displayColumn[std::min<size_t>(byte, displayColumn.size() - 1)];
  }
};
} // namespace

static llvm::raw_ostream::Colors severityColor(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return llvm::raw_ostream::RED;
  case Severity::Warning:
    return llvm::raw_ostream::MAGENTA;
  case Severity::Note:
    return llvm::raw_ostream::CYAN;
  default:
    return llvm::raw_ostream::BLUE;
  }
}

void DiagnosticEngine::emitLocationLine(llvm::raw_ostream &os, SourceRange range,
                                        Severity severity, llvm::StringRef message,
                                        llvm::StringRef kind) const {
  bool color = options.color;
  if (color)
    os.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  if (range.isValid()) {
    LineColumn lc = sources.getLineColumn(range.begin);
    os << sources.getPath(range.begin.fileId) << ':' << lc.line << ':' << lc.column << ": ";
  } else {
    os << "riskc: ";
  }
  if (color)
    os.changeColor(severityColor(severity), /*Bold=*/true);
  os << getSeverityName(severity) << ": ";
  if (color)
    os.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  os << message;
  if (!kind.empty())
    os << " [" << kind << ']';
  if (color)
    os.resetColor();
  os << '\n';
}

void DiagnosticEngine::emitSnippet(llvm::raw_ostream &os, SourceRange range,
                                   llvm::ArrayRef<FixIt> fixits) const {
  if (!range.isValid())
    return;
  llvm::StringRef lineText = sources.getLineText(range.begin);
  LineColumn begin = sources.getLineColumn(range.begin);
  size_t startByte = begin.column - 1;
  size_t endByte = startByte + 1;
  if (range.end.isValid() && range.end.fileId == range.begin.fileId) {
    LineColumn end = sources.getLineColumn(range.end);
    endByte = end.line == begin.line ? end.column - 1 : lineText.size();
  }
  // A long line (a generated file, a megabyte term) is shown as a window
  // around the caret, cut at character boundaries and marked with `…`.
  constexpr size_t kBefore = 80, kWidth = 240;
  auto boundary = [&](size_t at) {
    while (at > 0 && at < lineText.size() && (static_cast<unsigned char>(lineText[at]) & 0xC0) == 0x80)
      --at;
    return at;
  };
  size_t from = boundary(startByte > kBefore ? startByte - kBefore : 0);
  size_t to = lineText.size() > from + kWidth ? boundary(from + kWidth) : lineText.size();
  bool cutBefore = from > 0, cutAfter = to < lineText.size();
  DisplayLine line(lineText.slice(from, to));
  unsigned shift = cutBefore ? 1 : 0; // the leading `…`
  os << (cutBefore ? "\u2026" : "") << line.text << (cutAfter ? "\u2026" : "") << '\n';
  unsigned caretColumn = shift + line.columnAt(unsigned(std::min(startByte - from, to - from)));
  unsigned endColumn = std::max(shift + line.columnAt(unsigned(std::min(endByte, to) - std::min(endByte, from))),
                                caretColumn + 1);
  std::string caret(caretColumn, ' ');
  caret += '^';
  caret.append(endColumn - caretColumn - 1, '~');
  if (options.color)
    os.changeColor(llvm::raw_ostream::GREEN, /*Bold=*/true);
  os << caret << '\n';
  for (const FixIt &fix : fixits) {
    if (!fix.range.isValid() || sources.getLineColumn(fix.range.begin).line != begin.line)
      continue;
    size_t at = sources.getLineColumn(fix.range.begin).column - 1;
    if (at < from || at > to)
      continue;
    os << std::string(shift + line.columnAt(unsigned(at - from)), ' ') << fix.replacement << '\n';
  }
  if (options.color)
    os.resetColor();
}

void DiagnosticEngine::emitText(llvm::raw_ostream &os, const Diagnostic &diag) const {
  emitLocationLine(os, diag.range, diag.severity, diag.message,
                   getDiagKindInfo(diag.id).name);
  emitSnippet(os, diag.range, diag.fixits);
  for (const DiagnosticNote &note : diag.notes) {
    emitLocationLine(os, note.range, Severity::Note, note.message, "");
    emitSnippet(os, note.range, {});
  }
}

//===----------------------------------------------------------------------===//
// JSON and SARIF
//===----------------------------------------------------------------------===//

static llvm::json::Object rangeToJson(const SourceManager &sources, SourceRange range) {
  llvm::json::Object out;
  if (!range.isValid())
    return out;
  LineColumn begin = sources.getLineColumn(range.begin);
  LineColumn end = sources.getLineColumn(range.end.isValid() ? range.end : range.begin);
  out["file"] = sources.getPath(range.begin.fileId).str();
  out["line"] = begin.line;
  out["column"] = begin.column;
  out["endLine"] = end.line;
  out["endColumn"] = end.column;
  return out;
}

void DiagnosticEngine::emitJson(llvm::raw_ostream &os,
                                llvm::ArrayRef<const Diagnostic *> diags) const {
  llvm::json::Array array;
  for (const Diagnostic *diag : diags) {
    llvm::json::Object object = rangeToJson(sources, diag->range);
    object["severity"] = getSeverityName(diag->severity).str();
    object["kind"] = getDiagKindInfo(diag->id).name.str();
    object["message"] = diag->message;
    llvm::json::Array notes;
    for (const DiagnosticNote &note : diag->notes) {
      llvm::json::Object n = rangeToJson(sources, note.range);
      n["message"] = note.message;
      notes.push_back(std::move(n));
    }
    object["notes"] = std::move(notes);
    llvm::json::Array fixits;
    for (const FixIt &fix : diag->fixits) {
      llvm::json::Object f = rangeToJson(sources, fix.range);
      f["replacement"] = fix.replacement;
      fixits.push_back(std::move(f));
    }
    object["fixits"] = std::move(fixits);
    array.push_back(std::move(object));
  }
  os << llvm::formatv("{0:2}", llvm::json::Value(std::move(array))) << '\n';
}

static llvm::json::Object sarifLocation(const SourceManager &sources, SourceRange range) {
  LineColumn begin = sources.getLineColumn(range.begin);
  LineColumn end = sources.getLineColumn(range.end.isValid() ? range.end : range.begin);
  return llvm::json::Object{
      {"physicalLocation",
       llvm::json::Object{
           {"artifactLocation",
            llvm::json::Object{{"uri", sources.getPath(range.begin.fileId).str()}}},
           {"region", llvm::json::Object{{"startLine", begin.line},
                                         {"startColumn", begin.column},
                                         {"endLine", end.line},
                                         {"endColumn", end.column}}}}}};
}

void DiagnosticEngine::emitSarif(llvm::raw_ostream &os,
                                 llvm::ArrayRef<const Diagnostic *> diags) const {
  llvm::json::Array rules;
  for (const DiagKindInfo &info : kindTable)
    rules.push_back(llvm::json::Object{
        {"id", info.name.str()},
        {"shortDescription", llvm::json::Object{{"text", info.message.str()}}},
        {"defaultConfiguration",
         llvm::json::Object{{"level", info.isLint ? "none"
                                                  : getSeverityName(info.defaultSeverity)}}}});
  llvm::json::Array results;
  for (const Diagnostic *diag : diags) {
    llvm::json::Object result{
        {"ruleId", getDiagKindInfo(diag->id).name.str()},
        {"level", diag->severity == Severity::Error     ? "error"
                  : diag->severity == Severity::Warning ? "warning"
                                                        : "note"},
        {"message", llvm::json::Object{{"text", diag->message}}}};
    llvm::json::Array locations;
    if (diag->range.isValid())
      locations.push_back(sarifLocation(sources, diag->range));
    result["locations"] = std::move(locations);
    llvm::json::Array related;
    for (const DiagnosticNote &note : diag->notes) {
      if (!note.range.isValid())
        continue;
      llvm::json::Object location = sarifLocation(sources, note.range);
      location["message"] = llvm::json::Object{{"text", note.message}};
      related.push_back(std::move(location));
    }
    if (!related.empty())
      result["relatedLocations"] = std::move(related);
    llvm::json::Array fixes;
    for (const FixIt &fix : diag->fixits) {
      LineColumn begin = sources.getLineColumn(fix.range.begin);
      LineColumn end = sources.getLineColumn(fix.range.end);
      llvm::json::Object region{{"startLine", begin.line},
                                {"startColumn", begin.column},
                                {"endLine", end.line},
                                {"endColumn", end.column}};
      llvm::json::Object replacement{{"deletedRegion", std::move(region)},
                                     {"insertedContent",
                                      llvm::json::Object{{"text", fix.replacement}}}};
      llvm::json::Object change{
          {"artifactLocation",
           llvm::json::Object{{"uri", sources.getPath(fix.range.begin.fileId).str()}}},
          {"replacements", llvm::json::Array{std::move(replacement)}}};
      fixes.push_back(llvm::json::Object{{"artifactChanges", llvm::json::Array{std::move(change)}}});
    }
    if (!fixes.empty())
      result["fixes"] = std::move(fixes);
    results.push_back(std::move(result));
  }
  llvm::json::Object log{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       llvm::json::Array{llvm::json::Object{
           {"tool", llvm::json::Object{{"driver",
                                        llvm::json::Object{{"name", "riskc"},
                                                           {"informationUri",
                                                            "docs/diagnostics.md"},
                                                           {"rules", std::move(rules)}}}}},
           {"results", std::move(results)}}}}};
  os << llvm::formatv("{0:2}", llvm::json::Value(std::move(log))) << '\n';
}

void DiagnosticEngine::emit(llvm::raw_ostream &os, DiagnosticFormat format) {
  std::vector<const Diagnostic *> sorted;
  sorted.reserve(diagnostics.size());
  for (const Diagnostic &diag : diagnostics)
    sorted.push_back(&diag);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic *a, const Diagnostic *b) {
    return a->range.begin < b->range.begin;
  });
  // Cap the number of errors; warnings after the cap are dropped with them.
  bool capped = false;
  if (options.errorLimit != 0) {
    unsigned errors = 0;
    for (size_t i = 0; i < sorted.size(); ++i) {
      if (sorted[i]->severity == Severity::Error && ++errors > options.errorLimit) {
        sorted.resize(i);
        capped = true;
        break;
      }
    }
  }
  switch (format) {
  case DiagnosticFormat::Text:
    for (const Diagnostic *diag : sorted)
      emitText(os, *diag);
    if (capped)
      os << "riskc: fatal error: too many errors emitted, stopping now "
            "[-ferror-limit=" << options.errorLimit << "]\n";
    break;
  case DiagnosticFormat::Json:
    emitJson(os, sorted);
    break;
  case DiagnosticFormat::Sarif:
    emitSarif(os, sorted);
    break;
  }
  os.flush();
}

//===----------------------------------------------------------------------===//
// Suggestions
//===----------------------------------------------------------------------===//

std::string risk::didYouMean(llvm::StringRef name, llvm::ArrayRef<std::string> candidates,
                             std::string *best) {
  unsigned bestDistance = ~0u;
  const std::string *bestCandidate = nullptr;
  for (const std::string &candidate : candidates) {
    if (candidate == name)
      continue;
    unsigned distance = name.edit_distance(candidate, /*AllowReplacements=*/true,
                                           /*MaxEditDistance=*/bestDistance);
    if (distance < bestDistance) {
      bestDistance = distance;
      bestCandidate = &candidate;
    }
  }
  // Accept roughly one edit per three characters, as clang's typo correction.
  if (!bestCandidate || bestDistance > std::max<size_t>(1, (name.size() + 2) / 3))
    return "";
  if (best)
    *best = *bestCandidate;
  return "; did you mean `" + *bestCandidate + "`?";
}
