//===- DecisionLog.h - JSONL decision logs ----------------------*- C++ -*-===//
//
// `--decision-log FILE`: one JSON line per decision (decision_id, time,
// policy, bundle, input_sha256, input with the manifest's `log_mask` fields
// masked, decision). The lines of a request are written with one write(2)
// under a mutex before the request is answered, so an acknowledged decision
// is in the file even if the process dies right after. With a size limit the
// file is rotated first: FILE.4 -> FILE.5, ..., FILE -> FILE.1 (five kept).
//
//===----------------------------------------------------------------------===//
#ifndef RISKCARD_SERVE_DECISIONLOG_H
#define RISKCARD_SERVE_DECISIONLOG_H

#include "Bundles.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

namespace riskserve {

class DecisionLog {
public:
  /// How many rotated files are kept beside the log.
  static constexpr int kKeep = 5;
  /// Names the program in warnings (a file that cannot be rotated).
  std::string program = "riskcard-serve";

  /// Opens (appends to) `path`; `maxBytes` 0 never rotates. False with
  /// `error` set when it cannot be opened.
  bool open(const std::string &path, uint64_t maxBytes, std::string &error);
  bool isOpen() const { return fd >= 0; }
  void close();
  ~DecisionLog() { close(); }

  /// Appends one line for a decision to `lines` and returns its id. `input`
  /// is the JSON the guard read; `decisionJson` the decision it gave.
  std::string addLine(std::string &lines, const LoadedBundle &bundle, std::string_view input,
                      std::string_view decisionJson);
  /// Writes whole lines with one write(2) (rotating first when they would
  /// take the file past its limit); false when they could not all be written.
  bool write(std::string_view lines);

private:
  void rotate();

  std::mutex mutex;
  int fd = -1;
  std::string path;
  uint64_t maxBytes = 0, size = 0;
  uint64_t idPrefix = 0;
  std::atomic<uint64_t> idCounter{0};
};

/// The SHA-256 of `data`, lowercase hex.
std::string sha256Hex(std::string_view data);

} // namespace riskserve

#endif // RISKCARD_SERVE_DECISIONLOG_H
