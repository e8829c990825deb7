//===- Bundles.h - The bundles a server answers with ------------*- C++ -*-===//
//
// Each policy served comes from one file (a bundle or a bare guard .so). The
// bundle answering for it is held by a shared_ptr that a request copies when
// it starts and keeps until it has answered; a reload opens the new file
// completely, then swaps the pointer, so a request never sees a half-loaded
// guard and the old guard closes when its last request is done.
//
//===----------------------------------------------------------------------===//
#ifndef RISKCARD_SERVE_BUNDLES_H
#define RISKCARD_SERVE_BUNDLES_H

#include "JsonText.h"
#include "riskcard/bundle.h"

#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace riskserve {

/// What says a file changed: a replaced file (rename) has another inode, a
/// rewritten one another size or modification time.
struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = -1;
  int64_t modifiedNs = -1;

  bool operator==(const FileIdentity &other) const {
    return device == other.device && inode == other.inode && size == other.size &&
           modifiedNs == other.modifiedNs;
  }
  bool operator!=(const FileIdentity &other) const { return !(*this == other); }
};

/// A bundle opened for serving. Immutable once opened; closed (guard and
/// all) when the last holder lets go.
class LoadedBundle {
public:
  /// Opens `path` through the loader; `maxInputBytes` raises the guard's
  /// input limit to the server's body limit when that is larger. Null with
  /// `error` set when it cannot be served.
  static std::shared_ptr<const LoadedBundle> open(const std::string &path, size_t maxInputBytes,
                                                  std::string &error);
  ~LoadedBundle();
  LoadedBundle(const LoadedBundle &) = delete;
  LoadedBundle &operator=(const LoadedBundle &) = delete;

  riskcard_guard *guard() const { return riskcard_bundle_guard(bundle); }

  std::string policy;     ///< the policy's name, as the guard reports it
  std::string policyHash; ///< the SHA-256 of its sources, as the guard reports it
  std::string fileHash;   ///< the SHA-256 of the file, "sha256:<hex>"
  std::string manifest;   ///< the manifest, JSON
  std::string loadedAt;   ///< RFC 3339
  std::vector<FieldPath> logMask;

private:
  explicit LoadedBundle(riskcard_bundle *bundle) : bundle(bundle) {}
  riskcard_bundle *bundle;
};

/// One policy served: the file it comes from and the bundle answering now.
class ServedPolicy {
public:
  /// Opens the policy's file for the first time; null (and `error`) when it
  /// cannot be served.
  static std::unique_ptr<ServedPolicy> open(const std::string &path, size_t maxInputBytes,
                                            std::string &error);

  const std::string &name() const { return policyName; }
  const std::string &path() const { return filePath; }
  /// The bundle answering now; hold it for the whole request.
  std::shared_ptr<const LoadedBundle> current() const { return std::atomic_load(&bundle); }

  enum class Reload { Unchanged, Reloaded, Refused };
  /// Opens the file again when it changed since it was last tried (always,
  /// when `force`), and swaps it in when it opens and holds the same policy.
  /// `message` says what happened (for the log) unless Unchanged.
  Reload reload(bool force, size_t maxInputBytes, std::string &message);

private:
  ServedPolicy(std::string path, std::shared_ptr<const LoadedBundle> first, FileIdentity identity);

  std::string filePath;
  std::string policyName;
  std::shared_ptr<const LoadedBundle> bundle; ///< atomic_load / atomic_store only
  FileIdentity tried; ///< the file as last opened (or tried); the reloading thread's
};

/// The identity of the file at `path`; false (and `error`) when it cannot be
/// read.
bool fileIdentity(const std::string &path, FileIdentity &identity, std::string &error);

} // namespace riskserve

#endif // RISKCARD_SERVE_BUNDLES_H
