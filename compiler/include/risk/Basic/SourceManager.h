//===- SourceManager.h - Source buffers and locations ----------*- C++ -*-===//
//
// Owns the text of every file the compiler reads and maps byte offsets to
// line/column pairs. A SourceLoc is a (file id, byte offset) pair: small, cheap to
// copy, independent of where the buffer lives, and stable for the whole run.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_BASIC_SOURCEMANAGER_H
#define RISK_BASIC_SOURCEMANAGER_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace risk {

/// A position in a source buffer. File id 0 means "no location".
struct SourceLoc {
  uint32_t fileId = 0;
  uint32_t offset = 0;

  bool isValid() const { return fileId != 0; }
  friend bool operator==(SourceLoc a, SourceLoc b) {
    return a.fileId == b.fileId && a.offset == b.offset;
  }
  friend bool operator<(SourceLoc a, SourceLoc b) {
    return a.fileId != b.fileId ? a.fileId < b.fileId : a.offset < b.offset;
  }
};

/// A half-open byte range [begin, end) within one buffer.
struct SourceRange {
  SourceLoc begin;
  SourceLoc end;

  SourceRange() = default;
  SourceRange(SourceLoc b, SourceLoc e) : begin(b), end(e) {}
  explicit SourceRange(SourceLoc b) : begin(b), end(b) {}
  bool isValid() const { return begin.isValid(); }
  /// The smallest range covering both.
  static SourceRange join(SourceRange a, SourceRange b) {
    if (!a.isValid())
      return b;
    if (!b.isValid())
      return a;
    return {b.begin < a.begin ? b.begin : a.begin, a.end < b.end ? b.end : a.end};
  }
};

/// 1-based line and column; the column counts bytes, as clang's does.
struct LineColumn {
  unsigned line = 0;
  unsigned column = 0;
};

class SourceManager {
public:
  /// Registers a buffer and returns its id (never 0).
  uint32_t addBuffer(std::string path, std::string contents);
  /// Reads a file; returns 0 and sets `error` when it cannot be read.
  uint32_t addFile(llvm::StringRef path, std::string &error);

  llvm::StringRef getBuffer(uint32_t fileId) const;
  llvm::StringRef getPath(uint32_t fileId) const;
  LineColumn getLineColumn(SourceLoc loc) const;
  /// The text of the line holding `loc`, without its line terminator.
  llvm::StringRef getLineText(SourceLoc loc) const;
  /// The location of the start of the 1-based `line`.
  SourceLoc getLineStart(uint32_t fileId, unsigned line) const;
  unsigned getLineCount(uint32_t fileId) const;
  /// The text covered by a range (empty when the range spans files).
  llvm::StringRef getText(SourceRange range) const;
  size_t getNumFiles() const { return files.size(); }

private:
  struct File {
    std::string path;
    std::string contents;
    std::vector<uint32_t> lineStarts;
  };
  const File *getFile(uint32_t fileId) const;
  std::vector<std::unique_ptr<File>> files;
};

} // namespace risk

#endif // RISK_BASIC_SOURCEMANAGER_H
