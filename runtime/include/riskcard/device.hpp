//===- device.hpp - Batches on a GPU: the runtime's C++ side ----*- C++ -*-===//
//
// A guard built with `--target=cpu,cuda` carries a CUDA image (cubins and
// PTX of its evaluator as a batch kernel, docs/design/gpu.md). This is what
// the C API's riskcard_evaluate_batch_on and `riskc eval|bench --device=gpu`
// use: the image's reader, the device (the driver API, opened with dlopen so
// that a guard loads on machines without one) and the batch evaluation.
// Nothing here throws except std::bad_alloc.
//
//===----------------------------------------------------------------------===//
#ifndef RISKCARD_DEVICE_HPP
#define RISKCARD_DEVICE_HPP

#include "riskcard/runtime.hpp"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace riskrt::cuda {

/// The words of a record in the kernel's record table: for each of the
/// evaluator's five buffers (arena, slots, numbers, out, scratch), its byte
/// offset into the data buffer and its length in elements. The compiler's
/// risk-outline-gpu pass reads the same layout.
constexpr int64_t kRecordWords = 10;

/// The device code a guard embeds (Pipeline.h, packCudaImage).
struct Image {
  struct Object {
    bool ptx = false;
    unsigned arch = 0; ///< 80 for sm_80
    const unsigned char *data = nullptr;
    size_t size = 0;
  };
  unsigned spanCapacity = 0;
  /// How many skeletons (risk.normalize) one evaluation may compute.
  unsigned skeletons = 0;
  std::vector<Object> objects;
  /// The object to load on a device of compute capability major.minor: the
  /// cubin of the highest arch with the same major and a minor at most the
  /// device's, else the PTX when its arch is at most the device's; null if
  /// none fits.
  const Object *select(int major, int minor) const;
};

/// Reads an image, checking every offset against `size`; false with a
/// message for anything malformed.
bool parseImage(const unsigned char *data, size_t size, Image &out, std::string &error);

/// The scratch memory a record needs on the device, where it cannot ask for
/// more and run again: the scan marks (a byte per byte of its strings and
/// 8), and per skeleton 10 bytes per byte (the skeleton and its origins,
/// NormalizeLowering.cpp) and 8-byte alignment for each string slot.
inline size_t deviceScratchBytes(const PreparedInput &input, unsigned skeletons) {
  size_t arena = input.arena.size(), strings = input.slots.size() / 3 + 1;
  return (arena + 16) + size_t(skeletons) * (10 * arena + 8 * strings) + 64;
}

/// Time spent by the last batch (milliseconds, by device events).
struct BatchStats {
  double copyToDeviceMs = 0, kernelMs = 0, copyFromDeviceMs = 0, wallMs = 0;
  size_t records = 0;       ///< evaluated on the device
  size_t rerunOnCpu = 0;    ///< handed back (more spans or scratch than given)
  size_t rerunForScratch = 0; ///< of those: more scratch memory than given
  size_t chunks = 0;
};

/// A guard's device code, loaded on GPU 0 in the device's primary context.
class Device {
public:
  ~Device();
  /// Opens the driver ($RISKCARD_CUDA_DRIVER, else libcuda.so.1), the device
  /// and the image's module; null with a message when any of it is missing.
  static std::unique_ptr<Device> open(const Image &image, std::string &error);
  /// A line saying which device and code ("NVIDIA H100 (sm_90), cubin sm_90").
  const std::string &description() const { return description_; }

  /// Evaluates `inputs` with `guard` (whose manifest and CPU code this
  /// image belongs to): JSON is parsed on up to `threads` CPU threads (0: one
  /// per core), rules run on the GPU, decisions are assembled on the CPU. A
  /// record the device could not finish is evaluated by the CPU. Returns
  /// false when the device failed: every record not finished then has an
  /// `error` decision of kind `device`, and `error` says why. `failed[i]`:
  /// the record's evaluation threw (out of memory).
  bool evaluate(const Guard &guard, const std::vector<std::string> &inputs, unsigned threads,
                std::vector<Decision> &decisions, std::vector<char> &failed, std::string &error,
                BatchStats *stats = nullptr);

  struct State;

private:
  Device() = default;
  std::unique_ptr<State> state_;
  std::string description_;
  unsigned spanCapacity_ = 0;
  unsigned skeletons_ = 0;
  std::mutex lock_; ///< one batch at a time on a device
};

} // namespace riskrt::cuda

#endif // RISKCARD_DEVICE_HPP
