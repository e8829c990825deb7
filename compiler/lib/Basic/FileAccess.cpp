//===- FileAccess.cpp - What files a policy may make the compiler read -----===//
#include "risk/Basic/FileAccess.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace risk;
namespace fs = llvm::sys::fs;

bool risk::readRegularFile(llvm::StringRef path, std::string &contents, std::string &error,
                           uint64_t maxBytes) {
  // The kind and size come first, from the file's status: a FIFO is never
  // opened (opening it would wait for a writer), a device never read.
  fs::file_status status;
  if (std::error_code ec = fs::status(path, status)) {
    error = ec.message();
    return false;
  }
  if (status.type() == fs::file_type::directory_file) {
    error = "it is a folder";
    return false;
  }
  if (status.type() != fs::file_type::regular_file) {
    error = "it is not a regular file (a FIFO, a socket or a device is never read)";
    return false;
  }
  if (status.getSize() > maxBytes) {
    error = "it is " + std::to_string(status.getSize()) + " bytes; the limit is " +
            std::to_string(maxBytes);
    return false;
  }
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer) {
    error = buffer.getError().message();
    return false;
  }
  if ((*buffer)->getBufferSize() > maxBytes) { // it grew since
    error = "it is larger than the limit of " + std::to_string(maxBytes) + " bytes";
    return false;
  }
  contents = (*buffer)->getBuffer().str();
  return true;
}

std::string risk::realPath(llvm::StringRef path) {
  llvm::SmallString<256> real;
  if (fs::real_path(path, real))
    return path.str();
  return std::string(real);
}

bool risk::isInsideFolders(llvm::StringRef path, llvm::ArrayRef<std::string> folders) {
  std::string real = realPath(path);
  for (const std::string &folder : folders) {
    llvm::StringRef rel = real;
    if (!rel.consume_front(folder))
      continue;
    if (rel.empty() || llvm::sys::path::is_separator(rel.front()) ||
        (!folder.empty() && llvm::sys::path::is_separator(folder.back())))
      return true;
  }
  return false;
}
