//===- Device.cpp - A guard's batch kernel on a GPU ------------------------===//
//
// The CUDA driver API is opened with dlopen (libcuda.so.1, or the library
// $RISKCARD_CUDA_DRIVER names), so that a guard with device code loads and
// runs on the CPU where no driver is installed. Errors are statuses, never
// aborts. Design: docs/design/gpu.md.
//
// A batch goes through in chunks. For each: CPU threads parse the JSON of its
// records (the same prepareInput as the CPU path) and pack them into one
// pinned buffer
//
//   [arena + slot table of each record][number cells][out words][scratch]
//
// which goes to the device with the record table; the kernel runs one thread
// per record; the number cells and out words come back, and CPU threads
// assemble the decisions (the same assembleDecision as the CPU path). Two
// streams alternate, so that the CPU prepares chunk k+1 and assembles chunk
// k-1 while the device works on chunk k.
//
//===----------------------------------------------------------------------===//
#include "riskcard/device.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <mutex>

using namespace riskrt;
using namespace riskrt::cuda;

namespace {

// The driver API's types and the few constants used (cuda.h is not needed
// to build: the driver is found at run time).
using CUresult = int;
using CUdevice = int;
using CUdeviceptr = unsigned long long;
using CUcontext = struct CUctx_st *;
using CUmodule = struct CUmod_st *;
using CUfunction = struct CUfunc_st *;
using CUstream = struct CUstream_st *;
using CUevent = struct CUevent_st *;
constexpr int kAttrComputeMajor = 75, kAttrComputeMinor = 76;
constexpr unsigned kStreamNonBlocking = 1;

struct Api {
  CUresult (*cuInit)(unsigned);
  CUresult (*cuDeviceGetCount)(int *);
  CUresult (*cuDeviceGet)(CUdevice *, int);
  CUresult (*cuDeviceGetAttribute)(int *, int, CUdevice);
  CUresult (*cuDeviceGetName)(char *, int, CUdevice);
  CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *, CUdevice);
  CUresult (*cuDevicePrimaryCtxRelease)(CUdevice);
  CUresult (*cuCtxSetCurrent)(CUcontext);
  CUresult (*cuModuleLoadData)(CUmodule *, const void *);
  CUresult (*cuModuleUnload)(CUmodule);
  CUresult (*cuModuleGetFunction)(CUfunction *, CUmodule, const char *);
  CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
  CUresult (*cuMemFree)(CUdeviceptr);
  CUresult (*cuMemHostAlloc)(void **, size_t, unsigned);
  CUresult (*cuMemFreeHost)(void *);
  CUresult (*cuMemcpyHtoDAsync)(CUdeviceptr, const void *, size_t, CUstream);
  CUresult (*cuMemcpyDtoHAsync)(void *, CUdeviceptr, size_t, CUstream);
  CUresult (*cuMemsetD8Async)(CUdeviceptr, unsigned char, size_t, CUstream);
  CUresult (*cuLaunchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,
                             unsigned, CUstream, void **, void **);
  CUresult (*cuStreamCreate)(CUstream *, unsigned);
  CUresult (*cuStreamDestroy)(CUstream);
  CUresult (*cuStreamSynchronize)(CUstream);
  CUresult (*cuEventCreate)(CUevent *, unsigned);
  CUresult (*cuEventRecord)(CUevent, CUstream);
  CUresult (*cuEventElapsedTime)(float *, CUevent, CUevent);
  CUresult (*cuEventDestroy)(CUevent);
  CUresult (*cuGetErrorName)(CUresult, const char **);
  CUresult (*cuGetErrorString)(CUresult, const char **);
};

/// The driver, opened once per process and never closed (a driver library
/// does not support being unloaded). Null with a message when absent.
const Api *driver(std::string &error) {
  static std::once_flag once;
  static Api api;
  static bool ok = false;
  static std::string failure;
  std::call_once(once, [] {
    const char *path = std::getenv("RISKCARD_CUDA_DRIVER");
    if (!path || !*path)
      path = "libcuda.so.1";
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char *why = dlerror();
      failure = std::string("no CUDA driver (") + path + ": " + (why ? why : "not found") + ")";
      return;
    }
    bool all = true;
    auto resolve = [&](auto &fn, const char *name) {
      void *sym = dlsym(handle, name);
      if (!sym && all) {
        failure = std::string("the CUDA driver lacks `") + name + "`";
        all = false;
      }
      fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(sym);
    };
    resolve(api.cuInit, "cuInit");
    resolve(api.cuDeviceGetCount, "cuDeviceGetCount");
    resolve(api.cuDeviceGet, "cuDeviceGet");
    resolve(api.cuDeviceGetAttribute, "cuDeviceGetAttribute");
    resolve(api.cuDeviceGetName, "cuDeviceGetName");
    resolve(api.cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain");
    resolve(api.cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2");
    resolve(api.cuCtxSetCurrent, "cuCtxSetCurrent");
    resolve(api.cuModuleLoadData, "cuModuleLoadData");
    resolve(api.cuModuleUnload, "cuModuleUnload");
    resolve(api.cuModuleGetFunction, "cuModuleGetFunction");
    resolve(api.cuMemAlloc, "cuMemAlloc_v2");
    resolve(api.cuMemFree, "cuMemFree_v2");
    resolve(api.cuMemHostAlloc, "cuMemHostAlloc");
    resolve(api.cuMemFreeHost, "cuMemFreeHost");
    resolve(api.cuMemcpyHtoDAsync, "cuMemcpyHtoDAsync_v2");
    resolve(api.cuMemcpyDtoHAsync, "cuMemcpyDtoHAsync_v2");
    resolve(api.cuMemsetD8Async, "cuMemsetD8Async");
    resolve(api.cuLaunchKernel, "cuLaunchKernel");
    resolve(api.cuStreamCreate, "cuStreamCreate");
    resolve(api.cuStreamDestroy, "cuStreamDestroy_v2");
    resolve(api.cuStreamSynchronize, "cuStreamSynchronize");
    resolve(api.cuEventCreate, "cuEventCreate");
    resolve(api.cuEventRecord, "cuEventRecord");
    resolve(api.cuEventElapsedTime, "cuEventElapsedTime");
    resolve(api.cuEventDestroy, "cuEventDestroy_v2");
    resolve(api.cuGetErrorName, "cuGetErrorName");
    resolve(api.cuGetErrorString, "cuGetErrorString");
    ok = all;
  });
  if (!ok)
    error = failure;
  return ok ? &api : nullptr;
}

std::string describe(const Api &api, CUresult r, const char *call) {
  const char *name = nullptr, *text = nullptr;
  api.cuGetErrorName(r, &name);
  api.cuGetErrorString(r, &text);
  return std::string(call) + ": " + (name ? name : "CUDA error " + std::to_string(r)) +
         (text ? std::string(" (") + text + ")" : "");
}

size_t align8(size_t n) { return (n + 7) & ~size_t(7); }

} // namespace

/// What a Device holds: the context, the module and two buffer sets.
struct Device::State {
  const Api *api = nullptr;
  CUdevice device = 0;
  CUcontext context = nullptr;
  CUmodule module = nullptr;
  CUfunction kernel = nullptr;

  /// One chunk's buffers and what the CPU keeps of it until it is assembled.
  struct Slot {
    CUstream stream = nullptr;
    CUevent events[4] = {};
    CUdeviceptr records = 0, data = 0;
    size_t recordsCapacity = 0, dataCapacity = 0;
    void *hostRecords = nullptr, *hostData = nullptr;
    size_t hostRecordsCapacity = 0, hostDataCapacity = 0;
    // The chunk in flight.
    size_t first = 0;
    std::vector<PreparedInput> inputs;
    std::vector<char> prepared; // the record's input is valid
    std::vector<size_t> order;  // the prepared records, as the kernel numbers them
    std::vector<size_t> numbersAt, outAt; // byte offsets in the data buffer, by kernel record
    size_t resultsFrom = 0, resultsBytes = 0;
    bool launched = false;      // device work is queued on the stream
  } slots[2];

  ~State() {
    if (!api)
      return;
    api->cuCtxSetCurrent(context);
    for (Slot &s : slots) {
      if (s.stream)
        api->cuStreamSynchronize(s.stream);
      for (CUevent e : s.events)
        if (e)
          api->cuEventDestroy(e);
      if (s.records)
        api->cuMemFree(s.records);
      if (s.data)
        api->cuMemFree(s.data);
      if (s.hostRecords)
        api->cuMemFreeHost(s.hostRecords);
      if (s.hostData)
        api->cuMemFreeHost(s.hostData);
      if (s.stream)
        api->cuStreamDestroy(s.stream);
    }
    if (module)
      api->cuModuleUnload(module);
    if (context)
      api->cuDevicePrimaryCtxRelease(device);
  }
};

Device::~Device() = default;

std::unique_ptr<Device> Device::open(const Image &image, std::string &error) {
  const Api *api = driver(error);
  if (!api)
    return nullptr;
  auto state = std::make_unique<State>();
  auto check = [&](CUresult r, const char *call) {
    if (r == 0)
      return true;
    error = describe(*api, r, call);
    return false;
  };
  if (!check(api->cuInit(0), "cuInit"))
    return nullptr;
  int count = 0;
  if (!check(api->cuDeviceGetCount(&count), "cuDeviceGetCount"))
    return nullptr;
  if (count == 0) {
    error = "the CUDA driver sees no device";
    return nullptr;
  }
  CUdevice device = 0;
  int major = 0, minor = 0;
  char name[256] = {};
  if (!check(api->cuDeviceGet(&device, 0), "cuDeviceGet") ||
      !check(api->cuDeviceGetAttribute(&major, kAttrComputeMajor, device), "cuDeviceGetAttribute") ||
      !check(api->cuDeviceGetAttribute(&minor, kAttrComputeMinor, device), "cuDeviceGetAttribute") ||
      !check(api->cuDeviceGetName(name, sizeof name - 1, device), "cuDeviceGetName"))
    return nullptr;
  const Image::Object *code = image.select(major, minor);
  if (!code) {
    error = "the guard has no code for this device (" + std::string(name) + ", sm_" +
            std::to_string(major * 10 + minor) + ")";
    return nullptr;
  }
  // From here on the state releases what it holds.
  state->api = api;
  state->device = device;
  if (!check(api->cuDevicePrimaryCtxRetain(&state->context, device), "cuDevicePrimaryCtxRetain")) {
    state->context = nullptr;
    return nullptr;
  }
  if (!check(api->cuCtxSetCurrent(state->context), "cuCtxSetCurrent") ||
      !check(api->cuModuleLoadData(&state->module, code->data), "cuModuleLoadData") ||
      !check(api->cuModuleGetFunction(&state->kernel, state->module, "risk_eval_batch"),
             "cuModuleGetFunction"))
    return nullptr;
  for (State::Slot &s : state->slots) {
    if (!check(api->cuStreamCreate(&s.stream, kStreamNonBlocking), "cuStreamCreate"))
      return nullptr;
    for (CUevent &e : s.events)
      if (!check(api->cuEventCreate(&e, 0), "cuEventCreate"))
        return nullptr;
  }
  std::unique_ptr<Device> d(new Device());
  d->state_ = std::move(state);
  d->spanCapacity_ = image.spanCapacity;
  d->skeletons_ = image.skeletons;
  d->description_ = std::string(name) + " (sm_" + std::to_string(major * 10 + minor) + "), " +
                    (code->ptx ? "PTX for sm_" : "cubin sm_") + std::to_string(code->arch);
  return d;
}

bool Device::evaluate(const Guard &guard, const std::vector<std::string> &inputs, unsigned threads,
                      std::vector<Decision> &decisions, std::vector<char> &failed, std::string &error,
                      BatchStats *stats) {
  std::lock_guard<std::mutex> hold(lock_);
  auto wallStart = std::chrono::steady_clock::now();
  State &st = *state_;
  const Api &api = *st.api;
  const Manifest &manifest = guard.manifest();
  const size_t n = inputs.size();
  decisions.assign(n, Decision());
  failed.assign(n, 0);
  BatchStats local;
  BatchStats &s = stats ? *stats : local;
  s = BatchStats();
  const size_t outWords = size_t(OutLayout::Rules) + manifest.rules.size() +
                          size_t(spanCapacity_) * OutLayout::SpanWords;
  // A chunk: up to this many records or input bytes. Large enough to fill a
  // big GPU (an H100 keeps ~270,000 threads resident); device memory per
  // chunk is about 1 + 10 x skeletons times its input (scratch memory) plus
  // 1.5 KB of `out` words per record.
  // $RISKCARD_CUDA_CHUNK_RECORDS lowers the record limit (tests use it to
  // run many chunks through both buffer sets).
  size_t kChunkRecords = size_t(1) << 17;
  constexpr size_t kChunkBytes = size_t(128) << 20;
  if (const char *limit = std::getenv("RISKCARD_CUDA_CHUNK_RECORDS")) {
    char *end = nullptr;
    unsigned long long v = std::strtoull(limit, &end, 10);
    if (end && !*end && v > 0 && v < kChunkRecords)
      kChunkRecords = size_t(v);
  }
  std::string failure; // the first device error
  auto check = [&](CUresult r, const char *call) {
    if (r == 0)
      return true;
    if (failure.empty())
      failure = describe(api, r, call);
    return false;
  };
  if (!check(api.cuCtxSetCurrent(st.context), "cuCtxSetCurrent")) {
    error = failure;
    for (size_t i = 0; i < n; ++i)
      decisions[i] = Decision::error("device", failure, manifest.bundle);
    return false;
  }
  // Grows a device buffer to `bytes` and its pinned host copy to
  // `hostBytes` (what crosses the bus: the scratch memory at the end of the
  // data buffer never does).
  auto reserve = [&](CUdeviceptr &dev, size_t &devCap, void *&host, size_t &hostCap, size_t bytes,
                     size_t hostBytes) {
    bytes = std::max<size_t>(bytes, 64);
    hostBytes = std::max<size_t>(hostBytes, 64);
    if (devCap < bytes) {
      if (dev)
        api.cuMemFree(dev);
      dev = 0;
      devCap = 0;
      if (!check(api.cuMemAlloc(&dev, bytes), "cuMemAlloc"))
        return false;
      devCap = bytes;
    }
    if (hostCap < hostBytes) {
      if (host)
        api.cuMemFreeHost(host);
      host = nullptr;
      hostCap = 0;
      if (!check(api.cuMemHostAlloc(&host, hostBytes, 0), "cuMemHostAlloc"))
        return false;
      hostCap = hostBytes;
    }
    return true;
  };

  // Prepares, packs and launches records [first, first + count) on `slot`.
  auto launch = [&](State::Slot &slot, size_t first, size_t count) -> bool {
    slot.first = first;
    slot.launched = false;
    slot.inputs.assign(count, PreparedInput());
    slot.prepared.assign(count, 0);
    parallelFor(count, threads, [&](size_t i) {
      try {
        const std::string &json = inputs[first + i];
        Decision failure;
        if (prepareInput(manifest, json.data(), json.size(), slot.inputs[i], failure, guard.limits()))
          slot.prepared[i] = 1;
        else
          decisions[first + i] = std::move(failure);
      } catch (...) {
        failed[first + i] = 1;
      }
    });
    // The records that reach the device, in order; the kernel's record j is
    // slot.order[j].
    slot.order.clear();
    for (size_t i = 0; i < count; ++i)
      if (slot.prepared[i])
        slot.order.push_back(i);
    const size_t m = slot.order.size();
    if (m == 0)
      return true; // nothing for the device: every record already has its decision
    // The layout: inputs, then number cells and out words (what comes back),
    // then scratch memory.
    std::vector<int64_t> table(m * kRecordWords, 0);
    slot.numbersAt.assign(m, 0);
    slot.outAt.assign(m, 0);
    size_t at = 0;
    for (size_t j = 0; j < m; ++j) {
      const PreparedInput &in = slot.inputs[slot.order[j]];
      int64_t *w = &table[j * kRecordWords];
      w[0] = int64_t(at), w[1] = int64_t(in.arena.size());
      at += align8(in.arena.size());
      w[2] = int64_t(at), w[3] = int64_t(in.slots.size());
      at += in.slots.size() * 8;
    }
    slot.resultsFrom = at;
    for (size_t j = 0; j < m; ++j) {
      const PreparedInput &in = slot.inputs[slot.order[j]];
      int64_t *w = &table[j * kRecordWords];
      slot.numbersAt[j] = at;
      w[4] = int64_t(at), w[5] = int64_t(in.numbers.size());
      at += in.numbers.size() * 8;
    }
    size_t outsFrom = at;
    for (size_t j = 0; j < m; ++j) {
      int64_t *w = &table[j * kRecordWords];
      slot.outAt[j] = at;
      w[6] = int64_t(at), w[7] = int64_t(outWords);
      at += outWords * 8;
    }
    slot.resultsBytes = at - slot.resultsFrom;
    size_t outsBytes = at - outsFrom;
    for (size_t j = 0; j < m; ++j) {
      int64_t *w = &table[j * kRecordWords];
      size_t scratch = align8(deviceScratchBytes(slot.inputs[slot.order[j]], skeletons_));
      w[8] = int64_t(at), w[9] = int64_t(scratch);
      at += scratch;
    }
    size_t total = at;
    if (!reserve(slot.records, slot.recordsCapacity, slot.hostRecords, slot.hostRecordsCapacity,
                 table.size() * 8, table.size() * 8) ||
        !reserve(slot.data, slot.dataCapacity, slot.hostData, slot.hostDataCapacity, total,
                 slot.resultsFrom + slot.resultsBytes))
      return false;
    std::memcpy(slot.hostRecords, table.data(), table.size() * 8);
    char *host = static_cast<char *>(slot.hostData);
    parallelFor(m, threads, [&](size_t j) {
      const PreparedInput &in = slot.inputs[slot.order[j]];
      const int64_t *w = &table[j * kRecordWords];
      std::memcpy(host + w[0], in.arena.data(), in.arena.size());
      std::memcpy(host + w[2], in.slots.data(), in.slots.size() * 8);
      std::memcpy(host + w[4], in.numbers.data(), in.numbers.size() * 8);
    });
    slot.launched = true;
    CUstream stream = slot.stream;
    uint64_t records = slot.records, data = slot.data;
    int64_t recordCount = int64_t(m), tableWords = int64_t(table.size()), dataBytes = int64_t(total);
    int64_t zero = 0, one = 1;
    void *params[] = {&recordCount, &records, &records, &zero, &tableWords, &one,
                      &data,        &data,    &zero,    &dataBytes, &one};
    unsigned blockSize = 128, grid = unsigned((m + blockSize - 1) / blockSize);
    return check(api.cuEventRecord(slot.events[0], stream), "cuEventRecord") &&
           check(api.cuMemcpyHtoDAsync(slot.records, slot.hostRecords, table.size() * 8, stream),
                 "cuMemcpyHtoDAsync") &&
           check(api.cuMemcpyHtoDAsync(slot.data, slot.hostData, outsFrom, stream), "cuMemcpyHtoDAsync") &&
           check(api.cuMemsetD8Async(slot.data + outsFrom, 0, outsBytes, stream), "cuMemsetD8Async") &&
           check(api.cuEventRecord(slot.events[1], stream), "cuEventRecord") &&
           check(api.cuLaunchKernel(st.kernel, grid, 1, 1, blockSize, 1, 1, 0, stream, params, nullptr),
                 "cuLaunchKernel") &&
           check(api.cuEventRecord(slot.events[2], stream), "cuEventRecord") &&
           check(api.cuMemcpyDtoHAsync(host + slot.resultsFrom, slot.data + slot.resultsFrom,
                                       slot.resultsBytes, stream),
                 "cuMemcpyDtoHAsync") &&
           check(api.cuEventRecord(slot.events[3], stream), "cuEventRecord");
  };

  // Waits for `slot` and assembles its decisions.
  auto finish = [&](State::Slot &slot) -> bool {
    if (!slot.launched)
      return true;
    slot.launched = false;
    if (!check(api.cuStreamSynchronize(slot.stream), "cuStreamSynchronize"))
      return false;
    float ms[3] = {};
    for (int k = 0; k < 3; ++k)
      api.cuEventElapsedTime(&ms[k], slot.events[k], slot.events[k + 1]);
    s.copyToDeviceMs += ms[0];
    s.kernelMs += ms[1];
    s.copyFromDeviceMs += ms[2];
    ++s.chunks;
    const char *host = static_cast<const char *>(slot.hostData);
    std::atomic<size_t> reran{0}, onDevice{0}, forScratch{0};
    parallelFor(slot.order.size(), threads, [&](size_t j) {
      size_t record = slot.first + slot.order[j];
      try {
      PreparedInput &in = slot.inputs[slot.order[j]];
      std::memcpy(in.numbers.data(), host + slot.numbersAt[j], in.numbers.size() * 8);
      std::vector<int64_t> out(outWords);
      std::memcpy(out.data(), host + slot.outAt[j], outWords * 8);
      // What the device could not finish, the CPU does: more scratch memory
      // than it was given, or more evidence than it keeps.
      if (out[OutLayout::Error] == EvalNeedScratch || out[OutLayout::Truncated] != 0) {
        decisions[record] = guard.evaluate(inputs[record].data(), inputs[record].size());
        reran.fetch_add(1);
        forScratch.fetch_add(out[OutLayout::Error] == EvalNeedScratch);
        return;
      }
      decisions[record] = assembleDecision(manifest, in, out);
      onDevice.fetch_add(1);
      } catch (...) {
        failed[record] = 1;
      }
    });
    s.records += onDevice.load();
    s.rerunOnCpu += reran.load();
    s.rerunForScratch += forScratch.load();
    std::vector<PreparedInput>().swap(slot.inputs);
    return true;
  };

  // Fails every record from `from` on that has no decision yet (fail
  // closed); a record whose input was already refused keeps that reason.
  auto failRest = [&](size_t from) {
    for (size_t i = from; i < n; ++i)
      if (decisions[i].errorKind.empty())
        decisions[i] = Decision::error("device", failure, manifest.bundle);
  };

  size_t next = 0, k = 0;
  State::Slot *inFlight = nullptr;
  while (next < n) {
    // The chunk: records up to the limits (at least one).
    size_t count = 0, bytes = 0;
    while (next + count < n && count < kChunkRecords &&
           (count == 0 || bytes + inputs[next + count].size() <= kChunkBytes))
      bytes += inputs[next + count++].size();
    State::Slot &slot = st.slots[k++ % 2];
    if (!launch(slot, next, count)) {
      failRest(inFlight ? inFlight->first : next);
      if (inFlight)
        api.cuStreamSynchronize(inFlight->stream);
      error = failure;
      return false;
    }
    if (inFlight && !finish(*inFlight)) {
      failRest(inFlight->first);
      api.cuStreamSynchronize(slot.stream);
      error = failure;
      return false;
    }
    inFlight = &slot;
    next += count;
  }
  if (inFlight && !finish(*inFlight)) {
    failRest(inFlight->first);
    error = failure;
    return false;
  }
  s.wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wallStart).count();
  return true;
}
