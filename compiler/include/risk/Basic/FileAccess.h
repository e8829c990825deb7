//===- FileAccess.h - What files a policy may make the compiler read -*- C++ -*-===//
//
// Policies may come from people the compiler's user does not trust (a service
// that builds guards from its customers' policies). The files a policy names
// — imported modules, lexicon `from` files, model files — are read only when
// they are regular files of a bounded size (a FIFO would hang the compiler,
// /dev/zero would exhaust its memory) and lie, symlinks resolved, under the
// folders the policy may read: the folders of the files named on the command
// line, the include folders (-I) and the standard library.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_BASIC_FILEACCESS_H
#define RISK_BASIC_FILEACCESS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace risk {

/// The most bytes a source file, lexicon file or model file may have.
constexpr uint64_t kMaxPolicyFileBytes = uint64_t(64) << 20;

/// Reads `path` whole when it is a regular file of at most `maxBytes`;
/// otherwise returns false with `error` saying why (it does not exist, is a
/// FIFO or a device, is too large, cannot be read).
bool readRegularFile(llvm::StringRef path, std::string &contents, std::string &error,
                     uint64_t maxBytes = kMaxPolicyFileBytes);

/// `path` with every symlink resolved (or `path` itself when it does not
/// exist).
std::string realPath(llvm::StringRef path);

/// Whether `path`, symlinks resolved, lies inside one of `folders` (real
/// paths).
bool isInsideFolders(llvm::StringRef path, llvm::ArrayRef<std::string> folders);

} // namespace risk

#endif // RISK_BASIC_FILEACCESS_H
