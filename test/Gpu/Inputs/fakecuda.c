/*===- fakecuda.c - A CUDA driver without a GPU, for testing the host side -===*
 *
 * Loaded by the runtime in place of libcuda.so.1 (RISKCARD_CUDA_DRIVER). It
 * reports one device, keeps "device" memory in host memory, and checks what a
 * real driver would be given: a module that is a cubin (ELF) or PTX, the
 * kernel `risk_eval_batch`, eleven kernel parameters (the record count and
 * two memref descriptors), a record table whose every buffer is 8-byte
 * aligned and inside the data buffer. It cannot run the kernel. With
 * FAKECUDA_KERNEL naming a shared object built from the same policy with
 * `riskc build --target=cuda-emulation --emit=obj` (the kernel lowered for
 * the host: same parameters, same record layout, the GPU's span capacity),
 * it calls that where the GPU would run the kernel; without it, each
 * record's `out` says EvalNeedScratch, which the runtime answers by
 * evaluating the record on the CPU. Either way a batch through this driver
 * must give exactly the CPU's decisions. FAKECUDA_FAIL=init|load|launch|sync
 * makes that step fail; FAKECUDA_CC=80 sets the compute capability (default
 * 90).
 *
 *===----------------------------------------------------------------------===*/
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int CUresult;
typedef unsigned long long CUdeviceptr;

static int failAt(const char *step) {
  const char *f = getenv("FAKECUDA_FAIL");
  return f && strcmp(f, step) == 0;
}
static int cc(void) {
  const char *c = getenv("FAKECUDA_CC");
  return c ? atoi(c) : 90;
}

CUresult cuInit(unsigned flags) { return failAt("init") ? 100 /* NO_DEVICE */ : (flags ? 1 : 0); }
CUresult cuDeviceGetCount(int *n) { *n = 1; return 0; }
CUresult cuDeviceGet(int *d, int i) { *d = i; return i == 0 ? 0 : 101; }
CUresult cuDeviceGetAttribute(int *v, int attr, int d) {
  (void)d;
  if (attr == 75) *v = cc() / 10;
  else if (attr == 76) *v = cc() % 10;
  else return 1;
  return 0;
}
CUresult cuDeviceGetName(char *name, int len, int d) {
  (void)d;
  snprintf(name, (size_t)len, "Fake GPU");
  return 0;
}
static int context;
CUresult cuDevicePrimaryCtxRetain(void **ctx, int d) { (void)d; *ctx = &context; return 0; }
CUresult cuDevicePrimaryCtxRelease_v2(int d) { (void)d; return 0; }
CUresult cuCtxSetCurrent(void *ctx) { return ctx == &context ? 0 : 201; }

static int module;
static const char *loaded;
CUresult cuModuleLoadData(void **m, const void *image) {
  const unsigned char *p = image;
  if (failAt("load")) return 200; /* INVALID_IMAGE */
  if (memcmp(p, "\x7f" "ELF", 4) == 0) loaded = "cubin";
  else if (strstr((const char *)p, ".version") && strstr((const char *)p, ".entry risk_eval_batch")) loaded = "ptx";
  else return 200;
  *m = &module;
  return 0;
}
CUresult cuModuleUnload(void *m) { return m == &module ? 0 : 1; }
static int function;
CUresult cuModuleGetFunction(void **f, void *m, const char *name) {
  if (m != &module || strcmp(name, "risk_eval_batch") != 0) return 500; /* NOT_FOUND */
  *f = &function;
  return 0;
}
CUresult cuMemAlloc_v2(CUdeviceptr *p, size_t n) { void *m = malloc(n); *p = (CUdeviceptr)(uintptr_t)m; return m ? 0 : 2; }
CUresult cuMemFree_v2(CUdeviceptr p) { free((void *)(uintptr_t)p); return 0; }
CUresult cuMemHostAlloc(void **p, size_t n, unsigned flags) { (void)flags; *p = malloc(n); return *p ? 0 : 2; }
CUresult cuMemFreeHost(void *p) { free(p); return 0; }
CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr d, const void *h, size_t n, void *s) { (void)s; memcpy((void *)(uintptr_t)d, h, n); return 0; }
CUresult cuMemcpyDtoHAsync_v2(void *h, CUdeviceptr d, size_t n, void *s) { (void)s; memcpy(h, (void *)(uintptr_t)d, n); return 0; }
CUresult cuMemsetD8Async(CUdeviceptr d, unsigned char v, size_t n, void *s) { (void)s; memset((void *)(uintptr_t)d, v, n); return 0; }

CUresult cuLaunchKernel(void *f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,
                        unsigned bz, unsigned shared, void *stream, void **params, void **extra) {
  (void)stream;
  if (failAt("launch")) return 719; /* LAUNCH_FAILED */
  if (f != &function || gy != 1 || gz != 1 || by != 1 || bz != 1 || shared || extra || !params) return 1;
  int64_t count = *(int64_t *)params[0];
  int64_t *table = *(int64_t **)params[2];
  int64_t tableOffset = *(int64_t *)params[3], tableWords = *(int64_t *)params[4];
  char *data = *(char **)params[7];
  int64_t dataOffset = *(int64_t *)params[8], dataBytes = *(int64_t *)params[9];
  if (*(void **)params[1] != (void *)table || *(void **)params[6] != (void *)data) return 1;
  if (tableOffset || dataOffset || tableWords != count * 10 || *(int64_t *)params[5] != 1 ||
      *(int64_t *)params[10] != 1 || (uint64_t)gx * bx < (uint64_t)count)
    return 1;
  static const int64_t elementBytes[5] = {1, 8, 8, 8, 1};
  for (int64_t r = 0; r < count; ++r) {
    int64_t *w = table + r * 10;
    for (int b = 0; b < 5; ++b) {
      int64_t offset = w[2 * b], length = w[2 * b + 1];
      if (offset < 0 || length < 0 || offset % 8 || offset + length * elementBytes[b] > dataBytes) {
        fprintf(stderr, "fakecuda: record %lld buffer %d out of bounds\n", (long long)r, b);
        return 700; /* ILLEGAL_ADDRESS */
      }
    }
    if (w[7] < 5) return 700;
  }
  const char *emulated = getenv("FAKECUDA_KERNEL");
  if (emulated && *emulated) {
    typedef void (*Kernel)(int64_t, void *, void *, int64_t, int64_t, int64_t, void *, void *, int64_t,
                           int64_t, int64_t);
    void *lib = dlopen(emulated, RTLD_NOW | RTLD_LOCAL);
    Kernel kernel = lib ? (Kernel)dlsym(lib, "risk_eval_batch") : NULL;
    if (!kernel) {
      fprintf(stderr, "fakecuda: cannot load the emulated kernel %s\n", emulated);
      return 1;
    }
    kernel(count, table, table, 0, tableWords, 1, data, data, 0, dataBytes, 1);
    return 0;
  }
  for (int64_t r = 0; r < count; ++r) {
    int64_t *out = (int64_t *)(data + table[r * 10 + 6]);
    out[1] = 3; /* EvalNeedScratch: the host evaluates the record itself */
  }
  return 0;
}
CUresult cuStreamCreate(void **s, unsigned flags) { (void)flags; *s = malloc(1); return 0; }
CUresult cuStreamDestroy_v2(void *s) { free(s); return 0; }
CUresult cuStreamSynchronize(void *s) { (void)s; return failAt("sync") ? 999 : 0; }
CUresult cuEventCreate(void **e, unsigned flags) { (void)flags; *e = malloc(1); return 0; }
CUresult cuEventRecord(void *e, void *s) { (void)e; (void)s; return 0; }
CUresult cuEventElapsedTime(float *ms, void *a, void *b) { (void)a; (void)b; *ms = 0; return 0; }
CUresult cuEventDestroy_v2(void *e) { free(e); return 0; }
CUresult cuGetErrorName(CUresult r, const char **s) {
  *s = r == 100 ? "CUDA_ERROR_NO_DEVICE" : r == 719 ? "CUDA_ERROR_LAUNCH_FAILED"
     : r == 200 ? "CUDA_ERROR_INVALID_IMAGE" : r == 700 ? "CUDA_ERROR_ILLEGAL_ADDRESS" : "CUDA_ERROR_UNKNOWN";
  return 0;
}
CUresult cuGetErrorString(CUresult r, const char **s) { (void)r; *s = "injected by the fake driver"; return 0; }
