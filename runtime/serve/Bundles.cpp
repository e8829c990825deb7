//===- Bundles.cpp - The bundles a server answers with ---------------------===//
//
// Opening a bundle through the loader (riskcard/bundle.h) and swapping it in
// for a policy on reload (Bundles.h). A file's identity is read before it is
// opened: when the file changes while it is being opened, the next look sees
// another identity and opens it again.
//
//===----------------------------------------------------------------------===//
#include "Bundles.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

using namespace riskserve;

bool riskserve::fileIdentity(const std::string &path, FileIdentity &identity, std::string &error) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) {
    error = fmt::format("cannot read {}: {}", path, std::strerror(errno));
    return false;
  }
  identity.device = info.st_dev;
  identity.inode = info.st_ino;
  identity.size = info.st_size;
  identity.modifiedNs = int64_t(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
  return true;
}

std::shared_ptr<const LoadedBundle> LoadedBundle::open(const std::string &path, size_t maxInputBytes,
                                                       std::string &error) {
  riskcard_bundle *handle = nullptr;
  char message[1024] = "";
  if (riskcard_bundle_open(path.c_str(), 0, &handle, message, sizeof message) != RISKCARD_OK ||
      !handle) {
    error = message[0] ? message : fmt::format("cannot open {}", path);
    return nullptr;
  }
  std::shared_ptr<LoadedBundle> loaded(new LoadedBundle(handle));
  riskcard_guard *guard = loaded->guard();
  if (maxInputBytes > riskcard_max_input_bytes(guard) &&
      riskcard_set_max_input_bytes(guard, maxInputBytes) != RISKCARD_OK) {
    error = fmt::format("{}: the guard does not take inputs of {} bytes", path, maxInputBytes);
    return nullptr;
  }
  loaded->policy = riskcard_policy_name(guard);
  loaded->policyHash = riskcard_bundle_hash(guard);
  loaded->fileHash = riskcard_bundle_file_hash(handle);
  loaded->manifest = riskcard_bundle_manifest(handle);
  loaded->loadedAt = rfc3339Now();
  std::string maskError;
  if (!manifestLogMask(loaded->manifest, loaded->logMask, maskError)) {
    error = fmt::format("{}: {}", path, maskError);
    return nullptr;
  }
  return loaded;
}

LoadedBundle::~LoadedBundle() { riskcard_bundle_close(bundle); }

ServedPolicy::ServedPolicy(std::string path, std::shared_ptr<const LoadedBundle> first,
                           FileIdentity identity)
    : filePath(std::move(path)), policyName(first->policy), bundle(std::move(first)),
      tried(identity) {}

std::unique_ptr<ServedPolicy> ServedPolicy::open(const std::string &path, size_t maxInputBytes,
                                                 std::string &error) {
  FileIdentity identity;
  if (!fileIdentity(path, identity, error))
    return nullptr;
  auto first = LoadedBundle::open(path, maxInputBytes, error);
  if (!first)
    return nullptr;
  return std::unique_ptr<ServedPolicy>(new ServedPolicy(path, std::move(first), identity));
}

ServedPolicy::Reload ServedPolicy::reload(bool force, size_t maxInputBytes, std::string &message) {
  FileIdentity now;
  std::string error;
  if (!fileIdentity(filePath, now, error)) {
    if (!force && tried == FileIdentity())
      return Reload::Unchanged; // still missing: said once already
    tried = FileIdentity();
    message = fmt::format("cannot reload policy `{}`: {}; it keeps serving {}", policyName, error,
                          current()->fileHash);
    return Reload::Refused;
  }
  if (!force && now == tried)
    return Reload::Unchanged;
  tried = now;
  auto next = LoadedBundle::open(filePath, maxInputBytes, error);
  if (next && next->policy != policyName)
    error = fmt::format("{} now holds policy `{}`, not `{}`", filePath, next->policy, policyName);
  if (!next || next->policy != policyName) {
    message = fmt::format("cannot reload policy `{}`: {}; it keeps serving {}", policyName, error,
                          current()->fileHash);
    return Reload::Refused;
  }
  message = fmt::format("policy `{}` reloaded from {} ({})", policyName, filePath, next->fileHash);
  std::atomic_store(&bundle, std::shared_ptr<const LoadedBundle>(std::move(next)));
  return Reload::Reloaded;
}
