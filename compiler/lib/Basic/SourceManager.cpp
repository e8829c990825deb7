//===- SourceManager.cpp - Source buffers and locations --------------------===//
//
// Buffers are stored whole; line starts are computed once when a buffer is added
// so that offset-to-line lookups are a binary search.
//
//===----------------------------------------------------------------------===//
#include "risk/Basic/SourceManager.h"
#include "risk/Basic/FileAccess.h"

#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>

using namespace risk;

uint32_t SourceManager::addBuffer(std::string path, std::string contents) {
  auto file = std::make_unique<File>();
  file->path = std::move(path);
  file->contents = std::move(contents);
  file->lineStarts.push_back(0);
  const std::string &text = file->contents;
  for (size_t i = 0, e = text.size(); i != e; ++i)
    if (text[i] == '\n')
      file->lineStarts.push_back(static_cast<uint32_t>(i + 1));
  files.push_back(std::move(file));
  return static_cast<uint32_t>(files.size());
}

uint32_t SourceManager::addFile(llvm::StringRef path, std::string &error) {
  std::string contents;
  if (!readRegularFile(path, contents, error))
    return 0;
  return addBuffer(path.str(), std::move(contents));
}

const SourceManager::File *SourceManager::getFile(uint32_t fileId) const {
  if (fileId == 0 || fileId > files.size())
    return nullptr;
  return files[fileId - 1].get();
}

llvm::StringRef SourceManager::getBuffer(uint32_t fileId) const {
  const File *file = getFile(fileId);
  return file ? llvm::StringRef(file->contents) : llvm::StringRef();
}

llvm::StringRef SourceManager::getPath(uint32_t fileId) const {
  const File *file = getFile(fileId);
  return file ? llvm::StringRef(file->path) : llvm::StringRef("<unknown>");
}

LineColumn SourceManager::getLineColumn(SourceLoc loc) const {
  const File *file = getFile(loc.fileId);
  if (!file)
    return {};
  uint32_t offset = std::min<uint32_t>(loc.offset, file->contents.size());
  auto it = std::upper_bound(file->lineStarts.begin(), file->lineStarts.end(), offset);
  unsigned line = static_cast<unsigned>(it - file->lineStarts.begin());
  return {line, offset - file->lineStarts[line - 1] + 1};
}

llvm::StringRef SourceManager::getLineText(SourceLoc loc) const {
  const File *file = getFile(loc.fileId);
  if (!file)
    return {};
  LineColumn lc = getLineColumn(loc);
  llvm::StringRef text = file->contents;
  size_t begin = file->lineStarts[lc.line - 1];
  size_t end = text.find('\n', begin);
  llvm::StringRef line = text.slice(begin, end);
  return line.rtrim("\r");
}

SourceLoc SourceManager::getLineStart(uint32_t fileId, unsigned line) const {
  const File *file = getFile(fileId);
  if (!file || line == 0)
    return {};
  line = std::min<unsigned>(line, file->lineStarts.size());
  return {fileId, file->lineStarts[line - 1]};
}

unsigned SourceManager::getLineCount(uint32_t fileId) const {
  const File *file = getFile(fileId);
  return file ? file->lineStarts.size() : 0;
}

llvm::StringRef SourceManager::getText(SourceRange range) const {
  if (!range.isValid() || range.begin.fileId != range.end.fileId)
    return {};
  llvm::StringRef buffer = getBuffer(range.begin.fileId);
  return buffer.slice(range.begin.offset, range.end.offset);
}
