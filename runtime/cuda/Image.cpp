//===- Image.cpp - The device code a guard embeds --------------------------===//
//
// The container written by the compiler (Pipeline.h, packCudaImage):
//
//   "RKCUDA1\n", u32 version (1), u32 span capacity, u32 record words,
//   u32 skeletons, u32 object count, u32 0, per object {u32 kind (0 cubin,
//   1 PTX), u32 arch,
//   u64 offset, u64 size}, the objects' bytes; little-endian.
//
//===----------------------------------------------------------------------===//
#include "riskcard/device.hpp"

#include <cstring>

using namespace riskrt::cuda;

static uint64_t readLE(const unsigned char *p, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

bool riskrt::cuda::parseImage(const unsigned char *data, size_t size, Image &out, std::string &error) {
  constexpr size_t kHeader = 8 + 24, kEntry = 24;
  if (!data || size < kHeader || std::memcmp(data, "RKCUDA1\n", 8) != 0) {
    error = "the guard's CUDA image is missing or not an image";
    return false;
  }
  uint64_t version = readLE(data + 8, 4), capacity = readLE(data + 12, 4),
           recordWords = readLE(data + 16, 4), skeletons = readLE(data + 20, 4),
           count = readLE(data + 24, 4);
  if (version != 1 || recordWords != uint64_t(kRecordWords)) {
    error = "the guard's CUDA image has another format (version " + std::to_string(version) + ")";
    return false;
  }
  if (capacity == 0 || count == 0 || count > (size - kHeader) / kEntry) {
    error = "the guard's CUDA image is truncated";
    return false;
  }
  if (skeletons > 4096) {
    error = "the guard's CUDA image is malformed (skeletons)";
    return false;
  }
  Image image;
  image.spanCapacity = unsigned(capacity);
  image.skeletons = unsigned(skeletons);
  for (uint64_t i = 0; i < count; ++i) {
    const unsigned char *entry = data + kHeader + i * kEntry;
    uint64_t kind = readLE(entry, 4), arch = readLE(entry + 4, 4), offset = readLE(entry + 8, 8),
             length = readLE(entry + 16, 8);
    if (kind > 1 || offset > size || length > size - offset || length == 0) {
      error = "the guard's CUDA image has an object out of its bounds";
      return false;
    }
    // PTX is text the driver reads up to its NUL.
    if (kind == 1 && data[offset + length - 1] != 0) {
      error = "the guard's CUDA image has PTX without its terminator";
      return false;
    }
    image.objects.push_back({kind == 1, unsigned(arch), data + offset, size_t(length)});
  }
  out = std::move(image);
  return true;
}

const Image::Object *Image::select(int major, int minor) const {
  unsigned device = unsigned(major * 10 + minor);
  const Object *best = nullptr;
  for (const Object &o : objects)
    if (!o.ptx && o.arch / 10 == unsigned(major) && o.arch <= device && (!best || o.arch > best->arch))
      best = &o;
  if (best)
    return best;
  for (const Object &o : objects)
    if (o.ptx && o.arch <= device && (!best || o.arch > best->arch))
      best = &o;
  return best;
}
