//===- DecisionLog.cpp - JSONL decision logs ------------------------------===//
//
// Lines, ids, the write and the rotation of decision logs (DecisionLog.h).
// A decision id is 128 bits: 64 random bits drawn when the log opens and a
// 64-bit counter, so ids never repeat within a run and runs do not collide.
//
//===----------------------------------------------------------------------===//
#include "DecisionLog.h"

#include <fmt/format.h>
#include <openssl/evp.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace riskserve;

std::string riskserve::sha256Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  if (!EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr))
    return "";
  std::string hex;
  for (unsigned i = 0; i < length; ++i)
    fmt::format_to(std::back_inserter(hex), "{:02x}", digest[i]);
  return hex;
}

bool DecisionLog::open(const std::string &file, uint64_t limit, std::string &error) {
  close();
  fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
  struct stat info;
  if (fd < 0 || fstat(fd, &info) != 0) {
    error = fmt::format("cannot open the decision log {}: {}", file, std::strerror(errno));
    close();
    return false;
  }
  if (getrandom(&idPrefix, sizeof idPrefix, 0) != sizeof idPrefix) {
    error = fmt::format("cannot draw random decision ids: {}", std::strerror(errno));
    close();
    return false;
  }
  path = file;
  maxBytes = limit;
  size = uint64_t(info.st_size);
  return true;
}

void DecisionLog::close() {
  std::lock_guard<std::mutex> lock(mutex);
  if (fd >= 0)
    ::close(fd);
  fd = -1;
}

std::string DecisionLog::addLine(std::string &lines, const LoadedBundle &bundle,
                                 std::string_view input, std::string_view decisionJson) {
  std::string id =
      fmt::format("{:016x}{:016x}", idPrefix, idCounter.fetch_add(1, std::memory_order_relaxed));
  std::string time = rfc3339Now();
  fmt::format_to(std::back_inserter(lines),
                 "{{\"decision_id\":\"{}\",\"time\":\"{}\",\"policy\":", id, time);
  appendJsonString(lines, bundle.policy);
  lines += ",\"bundle\":";
  appendJsonString(lines, bundle.fileHash);
  fmt::format_to(std::back_inserter(lines), ",\"input_sha256\":\"{}\",\"input\":", sha256Hex(input));
  // An input that is not JSON cannot be masked: it is left out (its hash
  // stays, and the decision says why it was refused).
  size_t before = lines.size();
  if (!maskInput(input, bundle.logMask, lines)) {
    lines.resize(before);
    lines += "null";
  }
  lines += ",\"decision\":";
  lines += decisionJson;
  lines += "}\n";
  return id;
}

bool DecisionLog::write(std::string_view lines) {
  std::lock_guard<std::mutex> lock(mutex);
  if (fd < 0)
    return false;
  if (maxBytes && size && size + lines.size() > maxBytes)
    rotate();
  while (!lines.empty()) {
    ssize_t n = ::write(fd, lines.data(), lines.size());
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    size += uint64_t(n);
    lines.remove_prefix(size_t(n));
  }
  return true;
}

void DecisionLog::rotate() {
  // Keeps writing to the current file when it cannot be rotated: a decision
  // is never dropped for the sake of the limit.
  for (int i = kKeep - 1; i >= 1; --i)
    std::rename(fmt::format("{}.{}", path, i).c_str(), fmt::format("{}.{}", path, i + 1).c_str());
  if (std::rename(path.c_str(), fmt::format("{}.1", path).c_str()) != 0) {
    fmt::print(stderr, "{}: warning: cannot rotate {}: {}\n", program, path, std::strerror(errno));
    return;
  }
  int next = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
  if (next < 0) {
    fmt::print(stderr, "{}: warning: cannot open {} after rotating it: {}\n", program, path,
               std::strerror(errno));
    size = 0; // the old descriptor writes on into FILE.1
    return;
  }
  ::close(fd);
  fd = next;
  size = 0;
}
