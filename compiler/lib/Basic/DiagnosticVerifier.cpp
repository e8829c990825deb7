//===- DiagnosticVerifier.cpp - -verify-diagnostics ------------------------===//
//
// Expectations are found by scanning comment text; no parse is needed, so the
// verifier also works for files that do not parse.
//
//===----------------------------------------------------------------------===//
#include "risk/Basic/DiagnosticVerifier.h"

#include "llvm/ADT/StringExtras.h"

using namespace risk;

void DiagnosticVerifier::addExpectations(const SourceManager &sources, uint32_t fileId,
                                         DiagnosticEngine &out) {
  llvm::StringRef buffer = sources.getBuffer(fileId);
  unsigned lineCount = sources.getLineCount(fileId);
  for (unsigned line = 1; line <= lineCount; ++line) {
    SourceLoc lineStart = sources.getLineStart(fileId, line);
    llvm::StringRef text = sources.getLineText(lineStart);
    size_t hash = text.find('#');
    while (hash != llvm::StringRef::npos) {
      llvm::StringRef rest = text.drop_front(hash + 1).ltrim();
      static const std::pair<llvm::StringRef, Severity> kinds[] = {
          {"expected-error", Severity::Error},
          {"expected-warning", Severity::Warning},
          {"expected-note", Severity::Note},
          {"expected-remark", Severity::Remark}};
      bool found = false;
      for (auto &[prefix, severity] : kinds) {
        if (!rest.starts_with(prefix))
          continue;
        found = true;
        uint32_t at = lineStart.offset + (rest.data() - text.data());
        SourceRange written({fileId, at}, {fileId, at + uint32_t(prefix.size())});
        llvm::StringRef body = rest.drop_front(prefix.size()).ltrim();
        unsigned target = line;
        if (body.consume_front("@")) {
          bool relative = body.starts_with("+") || body.starts_with("-");
          bool minus = body.starts_with("-");
          if (relative)
            body = body.drop_front();
          unsigned amount = 0;
          size_t digits = body.find_first_not_of("0123456789");
          if (digits == 0 || body.take_front(digits).getAsInteger(10, amount)) {
            out.report(DiagId::VerifyMalformed, written, {"expected a line after `@`"});
            break;
          }
          body = body.drop_front(digits).ltrim();
          target = !relative ? amount : minus ? line - amount : line + amount;
        }
        size_t open = body.find("{{");
        size_t close = body.find("}}");
        if (open != 0 || close == llvm::StringRef::npos) {
          out.report(DiagId::VerifyMalformed, written, {"expected `{{text}}`"});
          break;
        }
        expectations.push_back(
            {severity, fileId, target, body.slice(2, close).str(), written, false});
        break;
      }
      if (found)
        break;
      hash = text.find('#', hash + 1);
    }
  }
  (void)buffer;
}

bool DiagnosticVerifier::verify(const std::vector<Diagnostic> &produced,
                                const SourceManager &sources, DiagnosticEngine &out) {
  bool ok = true;
  auto match = [&](Severity severity, SourceRange range, const std::string &message) {
    if (range.isValid()) {
      unsigned line = sources.getLineColumn(range.begin).line;
      for (Expectation &e : expectations) {
        if (e.matched || e.severity != severity || e.fileId != range.begin.fileId ||
            e.line != line || message.find(e.text) == std::string::npos)
          continue;
        e.matched = true;
        return;
      }
    }
    ok = false;
    out.report(DiagId::VerifyUnexpected, range,
               {getSeverityName(severity).str(), message});
  };
  for (const Diagnostic &diag : produced) {
    match(diag.severity, diag.range, diag.message);
    for (const DiagnosticNote &note : diag.notes)
      match(Severity::Note, note.range, note.message);
  }
  for (const Expectation &e : expectations) {
    if (e.matched)
      continue;
    ok = false;
    out.report(DiagId::VerifyMissing, e.written,
               {getSeverityName(e.severity).str(), "{{" + e.text + "}}"});
  }
  return ok;
}
