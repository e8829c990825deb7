//===- Bundle.cpp - Opening guard bundles (riskcard/bundle.h) --------------===//
//
// A bundle is read whole into memory, once: its SHA-256 is taken, its tar
// headers are walked (bounded: member sizes, member count, names that stay
// inside the archive, regular files only, no name twice, an end marker), its
// manifest is parsed the way the runtime parses inputs (a repeated key is
// refused) and checked against this runtime, and every artefact's size and
// SHA-256 against the manifest. Only then is `cpu/guard.so` written, from
// the same bytes, into a sealed memory file and loaded from
// /proc/self/fd/N: no file another process could swap between the check and
// the load. The guard must then report the policy and hash the manifest
// names, and the runtime version the manifest says it was built by.
//
// Design: docs/design/deployments.md. Exceptions are used inside (a
// Refusal carries the status and the message); none leaves this file.
//
//===----------------------------------------------------------------------===//
#include "riskcard/bundle.h"

#include "cpu/Json.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#ifndef RISKCARD_RUNTIME_VERSION
#error "RISKCARD_RUNTIME_VERSION comes from the RiskcardRuntime target"
#endif

namespace {
using OpenFn = riskcard_status (*)(unsigned, riskcard_guard **);
using CloseFn = void (*)(riskcard_guard *);
using NameFn = const char *(*)(const riskcard_guard *);
using VersionFn = const char *(*)(void);
} // namespace

struct riskcard_bundle {
  std::string manifest;
  std::string fileHash;
  int memfd = -1; ///< the memory file the guard was loaded from (kept open while it is loaded)
  void *library = nullptr;
  riskcard_guard *guard = nullptr;
  CloseFn closeGuard = nullptr;

  riskcard_bundle() = default;
  riskcard_bundle(const riskcard_bundle &) = delete;
  riskcard_bundle &operator=(const riskcard_bundle &) = delete;
  ~riskcard_bundle() {
    if (guard && closeGuard)
      closeGuard(guard);
    if (library)
      dlclose(library);
    if (memfd >= 0)
      ::close(memfd);
  }
};

namespace {

/// The most bytes a bundle file may have, and one member of it (a bare
/// guard is one member).
constexpr uint64_t maxFileBytes = uint64_t(1) << 30;
constexpr uint64_t maxMemberBytes = uint64_t(512) << 20;
/// The most members (and pax headers) an archive may have.
constexpr size_t maxMembers = 64;
/// The most bytes of one pax extended header.
constexpr uint64_t maxPaxBytes = 64 << 10;
constexpr size_t block = 512;

const char *const guardMember = "cpu/guard.so";

/// Why a bundle is refused: a status and what is wrong (the caller names
/// the file).
struct Refusal {
  riskcard_status status;
  std::string message;
};

[[noreturn]] void refuse(std::string message, riskcard_status status = RISKCARD_BAD_ARTEFACT) {
  throw Refusal{status, std::move(message)};
}

std::string errnoText() { return std::strerror(errno); }

std::string sizeText(uint64_t bytes) {
  if (bytes >= (uint64_t(1) << 30) && bytes % (uint64_t(1) << 30) == 0)
    return std::to_string(bytes >> 30) + " GiB";
  if (bytes >= (uint64_t(1) << 20) && bytes % (uint64_t(1) << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

/// `text` as a JSON string.
std::string jsonString(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c < 0x20) {
      static const char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  return out + "\"";
}

/// A name as a message quotes it: at most 128 bytes, control bytes as `?`.
std::string ticked(std::string_view name) {
  std::string out = "`";
  for (unsigned char c : name.substr(0, 128))
    out += c < 0x20 || c == 0x7f ? '?' : char(c);
  return out + (name.size() > 128 ? "...`" : "`");
}

/// The SHA-256 of `data`, as lowercase hex.
std::string sha256Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  if (!EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr))
    refuse("OpenSSL could not compute a SHA-256", RISKCARD_INTERNAL);
  static const char hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

/// Closes a file descriptor when it goes out of scope.
struct FileCloser {
  int fd;
  ~FileCloser() { ::close(fd); }
};

/// The whole of the regular file at `path` (at most maxFileBytes).
std::string readFile(const char *path) {
  int fd = ::open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    refuse("cannot open it: " + errnoText());
  FileCloser closer{fd};
  struct stat st;
  if (fstat(fd, &st) != 0)
    refuse("cannot read it: " + errnoText());
  if (!S_ISREG(st.st_mode))
    refuse("not a regular file");
  if (uint64_t(st.st_size) > maxFileBytes)
    refuse(std::to_string(st.st_size) + " bytes, more than the " + sizeText(maxFileBytes) +
           " a bundle may have");
  std::string data(size_t(st.st_size) + 1, '\0');
  size_t got = 0;
  for (;;) {
    if (got == data.size()) {
      if (data.size() > maxFileBytes)
        refuse("it grew past the " + sizeText(maxFileBytes) + " a bundle may have while read");
      data.resize(std::min<uint64_t>(data.size() * 2, maxFileBytes + 1));
    }
    ssize_t n = ::read(fd, &data[got], data.size() - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      refuse("cannot read it: " + errnoText());
    if (n == 0)
      break;
    got += size_t(n);
  }
  data.resize(got);
  return data;
}

//===----------------------------------------------------------------------===//
// The archive
//===----------------------------------------------------------------------===//

/// A NUL-terminated field of a tar header (or all of it when it has no NUL).
std::string_view field(const char *header, size_t offset, size_t size) {
  const char *start = header + offset;
  const void *nul = std::memchr(start, 0, size);
  return std::string_view(start, nul ? size_t(static_cast<const char *>(nul) - start) : size);
}

/// An octal number field: optional leading spaces, digits, then NULs or
/// spaces. False for anything else (base-256 sizes included: no member is
/// that large).
bool octal(std::string_view text, uint64_t &value) {
  size_t i = 0;
  while (i < text.size() && text[i] == ' ')
    ++i;
  size_t digits = 0;
  value = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '7'; ++i, ++digits) {
    if (value >> 60)
      return false;
    value = value * 8 + uint64_t(text[i] - '0');
  }
  for (; i < text.size(); ++i)
    if (text[i] != ' ' && text[i] != '\0')
      return false;
  return digits > 0;
}

/// Whether the header's checksum matches (the unsigned sum, or the signed
/// one some old tars wrote).
bool checksumMatches(const char *header) {
  uint64_t expected;
  if (!octal(std::string_view(header + 148, 8), expected))
    return false;
  uint64_t sumUnsigned = 0;
  int64_t sumSigned = 0;
  for (size_t i = 0; i < block; ++i) {
    char c = i >= 148 && i < 156 ? ' ' : header[i];
    sumUnsigned += static_cast<unsigned char>(c);
    sumSigned += static_cast<signed char>(c);
  }
  return expected == sumUnsigned || int64_t(expected) == sumSigned;
}

/// The records of a pax extended header ("LEN KEY=VALUE\n") that matter
/// here: `path` and `size`.
void readPax(std::string_view data, std::string &path, std::optional<uint64_t> &size) {
  while (!data.empty()) {
    size_t space = data.find(' ');
    uint64_t length = 0;
    if (space == std::string_view::npos || space == 0 || space > 20)
      refuse("a damaged pax header");
    for (char c : data.substr(0, space)) {
      if (c < '0' || c > '9')
        refuse("a damaged pax header");
      length = length * 10 + uint64_t(c - '0');
    }
    if (length <= space + 1 || length > data.size() || data[length - 1] != '\n')
      refuse("a damaged pax header");
    std::string_view record = data.substr(space + 1, length - space - 2);
    data.remove_prefix(length);
    size_t equals = record.find('=');
    if (equals == std::string_view::npos)
      refuse("a damaged pax header");
    std::string_view key = record.substr(0, equals), value = record.substr(equals + 1);
    if (key == "path") {
      path = std::string(value);
    } else if (key == "size") {
      uint64_t n = 0;
      if (value.empty() || value.size() > 19)
        refuse("a damaged pax header (size)");
      for (char c : value) {
        if (c < '0' || c > '9')
          refuse("a damaged pax header (size)");
        n = n * 10 + uint64_t(c - '0');
      }
      size = n;
    }
  }
}

/// Refuses a member name that is empty, absolute, climbs out of the archive
/// (a `..` part) or holds control characters; drops a leading "./".
std::string checkedName(std::string name) {
  while (name.compare(0, 2, "./") == 0)
    name.erase(0, 2);
  if (name.empty())
    refuse("a member has no name");
  if (name[0] == '/')
    refuse("member " + ticked(name) + " has an absolute name");
  for (unsigned char c : name)
    if (c < 0x20 || c == 0x7f)
      refuse("member " + ticked(name) + " has a control character in its name");
  size_t start = 0;
  for (;;) {
    size_t slash = name.find('/', start);
    std::string_view part = std::string_view(name).substr(
        start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..")
      refuse("member " + ticked(name) + " names a path outside the archive (`..`)");
    if (slash == std::string::npos)
      break;
    start = slash + 1;
  }
  return name;
}

/// The members of the tar archive `data` (views into it), by name.
std::map<std::string, std::string_view> readArchive(std::string_view data) {
  std::map<std::string, std::string_view> members;
  std::string paxPath;
  std::optional<uint64_t> paxSize;
  bool pax = false;
  size_t headers = 0;
  for (size_t at = 0;;) {
    if (data.size() - at < block)
      refuse(at == 0 ? "not a bundle: neither a tar archive nor a guard shared object"
                     : "the archive is truncated (it ends without an end-of-archive block)");
    const char *header = data.data() + at;
    if (std::all_of(header, header + block, [](char c) { return c == 0; })) {
      if (pax)
        refuse("the archive is truncated (a pax header is followed by no member)");
      return members;
    }
    std::string_view magic(header + 257, 6);
    if (magic != std::string_view("ustar\0", 6) && magic != "ustar ")
      refuse(at == 0 ? "not a bundle: neither a tar archive nor a guard shared object"
                     : "a damaged tar header at offset " + std::to_string(at));
    if (!checksumMatches(header))
      refuse("a damaged tar header at offset " + std::to_string(at) + " (its checksum is wrong)");
    if (++headers > maxMembers)
      refuse("more than " + std::to_string(maxMembers) + " members");
    std::string name(field(header, 0, 100));
    std::string_view prefix = field(header, 345, 155);
    if (magic[5] == '\0' && !prefix.empty())
      name = std::string(prefix) + "/" + name;
    if (pax && !paxPath.empty())
      name = paxPath;
    uint64_t size;
    if (!octal(std::string_view(header + 124, 12), size))
      refuse("member " + ticked(name) + " has a damaged size");
    if (pax && paxSize)
      size = *paxSize;
    char type = header[156];
    bool isPax = type == 'x';
    if (isPax ? size > maxPaxBytes : size > maxMemberBytes)
      refuse("member " + ticked(name) + " is " + std::to_string(size) + " bytes, more than the " +
             sizeText(isPax ? maxPaxBytes : maxMemberBytes) + " a member may have");
    at += block;
    uint64_t padded = (size + block - 1) / block * block;
    if (data.size() - at < size)
      refuse("the archive is truncated (member " + ticked(name) + " needs " + std::to_string(size) +
             " bytes, " + std::to_string(data.size() - at) + " are left)");
    std::string_view contents = data.substr(at, size);
    at += std::min<uint64_t>(padded, data.size() - at);
    if (isPax) {
      if (pax)
        refuse("two pax headers in a row");
      pax = true;
      paxPath.clear();
      paxSize.reset();
      readPax(contents, paxPath, paxSize);
      continue;
    }
    pax = false;
    name = checkedName(std::move(name));
    if (type != '0' && type != '\0')
      refuse("member " + ticked(name) + " is not a regular file (tar type `" +
             std::string(1, type) + "`)");
    if (!members.emplace(name, contents).second)
      refuse("member " + ticked(name) + " appears twice");
  }
}

//===----------------------------------------------------------------------===//
// The manifest
//===----------------------------------------------------------------------===//

using simdjson::dom::element;
using simdjson::dom::object;

std::string_view stringField(object manifest, const char *key) {
  std::string_view value;
  if (manifest[key].get(value))
    refuse(std::string("manifest.json has no string `") + key + "`");
  return value;
}

uint64_t numberField(object manifest, const char *key) {
  element value;
  if (manifest[key].get(value))
    refuse(std::string("manifest.json has no `") + key + "`");
  uint64_t n;
  if (value.get(n))
    refuse(std::string("manifest.json's `") + key + "` is not a whole number");
  return n;
}

bool isSha256Hex(std::string_view text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

/// What a verified manifest says about the guard to load, or what a loaded
/// guard says about itself.
struct GuardIdentity {
  std::string policy, policyHash, runtimeVersion;
};

/// Checks the manifest against this runtime and the artefacts against the
/// manifest.
GuardIdentity checkManifest(std::string text,
                            const std::map<std::string, std::string_view> &members) {
  simdjson::dom::parser parser;
  element root;
  std::string kind, message;
  if (!riskrt::parseInput(parser, text, root, kind, message)) {
    if (kind == "out-of-memory")
      throw std::bad_alloc();
    const std::string input = "the input ";
    if (message.compare(0, input.size(), input) == 0)
      refuse("manifest.json " + message.substr(input.size()));
    refuse("manifest.json: " + message);
  }
  object manifest;
  if (root.get(manifest))
    refuse("manifest.json is not a JSON object");
  std::string_view format = stringField(manifest, "format");
  if (format != "riskcard-bundle")
    refuse("not a Riskcard bundle: manifest.json's format is " + ticked(format) +
           ", not `riskcard-bundle`");
  uint64_t formatVersion = numberField(manifest, "format_version");
  if (formatVersion != RISKCARD_BUNDLE_FORMAT_VERSION)
    refuse("bundle format version " + std::to_string(formatVersion) +
           "; this loader reads version " + std::to_string(RISKCARD_BUNDLE_FORMAT_VERSION));
  std::string_view runtimeVersion = stringField(manifest, "runtime_version");
  if (runtimeVersion != RISKCARD_RUNTIME_VERSION)
    refuse("built for Riskcard runtime " + ticked(runtimeVersion) + "; this is runtime `" +
           RISKCARD_RUNTIME_VERSION + "` (rebuild the bundle with this version's riskc)");
  uint64_t abi = numberField(manifest, "abi_version");
  if (abi != RISKCARD_ABI_VERSION)
    refuse("built for C ABI version " + std::to_string(abi) + "; this runtime has version " +
           std::to_string(RISKCARD_ABI_VERSION));
  GuardIdentity expected{std::string(stringField(manifest, "policy")),
                         std::string(stringField(manifest, "policy_hash")),
                         std::string(runtimeVersion)};
  simdjson::dom::array mask;
  if (manifest["log_mask"].get(mask))
    refuse("manifest.json has no list `log_mask`");
  for (element f : mask)
    if (!f.is_string())
      refuse("manifest.json's `log_mask` holds something other than field names");
  object artefacts;
  if (manifest["artefacts"].get(artefacts))
    refuse("manifest.json has no object `artefacts`");
  bool hasGuard = false;
  for (auto artefact : artefacts) {
    std::string name(artefact.key);
    auto member = members.find(name);
    if (member == members.end())
      refuse("the manifest lists artefact " + ticked(name) + ", which the archive lacks");
    object about;
    std::string_view sha256, device;
    uint64_t size;
    if (artefact.value.get(about) || about["sha256"].get(sha256) || about["size"].get(size) ||
        about["device"].get(device) || !isSha256Hex(sha256))
      refuse("manifest.json describes artefact " + ticked(name) +
             " without a `sha256` (64 hex digits), `size` and `device`");
    if (member->second.size() != size)
      refuse(ticked(name) + " is " + std::to_string(member->second.size()) +
             " bytes; the manifest says " + std::to_string(size) + " (the bundle was altered)");
    std::string actual = sha256Hex(member->second);
    if (actual != sha256)
      refuse(ticked(name) + " has SHA-256 " + actual + "; the manifest says " +
             std::string(sha256) + " (the bundle was altered)");
    hasGuard |= name == guardMember && device == "cpu";
  }
  if (!hasGuard)
    refuse("the manifest lists no `cpu/guard.so` for device `cpu`");
  return expected;
}

//===----------------------------------------------------------------------===//
// Loading the guard
//===----------------------------------------------------------------------===//

template <typename Fn> Fn symbol(void *library, const char *name) {
  void *address = dlsym(library, name);
  if (!address)
    refuse(std::string("the guard exports no `") + name + "`: not a Riskcard guard");
  return reinterpret_cast<Fn>(address);
}

/// Loads the guard `image` (a shared object's bytes, already verified) from
/// a sealed memory file, opens it with `options`, and when `expected` is
/// given checks the guard is what the manifest says. Returns what the guard
/// says it is.
GuardIdentity loadGuard(std::string_view image, unsigned options, const GuardIdentity *expected,
                        riskcard_bundle &bundle) {
  int fd = memfd_create("riskcard-guard", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (fd < 0)
    refuse("cannot create a memory file for the guard: " + errnoText(), RISKCARD_INTERNAL);
  bundle.memfd = fd;
  for (size_t done = 0; done < image.size();) {
    ssize_t n = ::write(fd, image.data() + done, image.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      refuse("cannot write the guard to a memory file: " + errnoText(), RISKCARD_INTERNAL);
    done += size_t(n);
  }
  if (fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0)
    refuse("cannot seal the guard's memory file: " + errnoText(), RISKCARD_INTERNAL);
  // The dynamic linker takes a loaded object of the same name for this one:
  // an earlier guard loaded from a descriptor of this number and never
  // unloaded. Another descriptor of the same file then gives another name.
  std::vector<int> spares;
  std::string path;
  for (;;) {
    path = "/proc/self/fd/" + std::to_string(bundle.memfd);
    void *stale = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD);
    if (!stale)
      break;
    dlclose(stale);
    if (spares.size() == 16)
      refuse("cannot find an unused name for the guard's memory file", RISKCARD_INTERNAL);
    spares.push_back(bundle.memfd);
    bundle.memfd = fcntl(bundle.memfd, F_DUPFD_CLOEXEC, 0);
    if (bundle.memfd < 0) {
      bundle.memfd = spares.back();
      spares.pop_back();
      refuse("cannot duplicate the guard's memory file: " + errnoText(), RISKCARD_INTERNAL);
    }
  }
  for (int spare : spares)
    ::close(spare);
  bundle.library = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!bundle.library) {
    // dlerror() names the memory file ("/proc/self/fd/N: why"): keep the why.
    const char *error = dlerror();
    std::string why = error ? error : "dlopen failed";
    if (why.compare(0, path.size() + 2, path + ": ") == 0)
      why.erase(0, path.size() + 2);
    refuse("the guard does not load: " + why);
  }
  auto open = symbol<OpenFn>(bundle.library, "riskcard_open");
  auto close = symbol<CloseFn>(bundle.library, "riskcard_close");
  auto policyName = symbol<NameFn>(bundle.library, "riskcard_policy_name");
  auto policyHash = symbol<NameFn>(bundle.library, "riskcard_bundle_hash");
  auto version = symbol<VersionFn>(bundle.library, "riskcard_version");
  riskcard_guard *guard = nullptr;
  riskcard_status status = open(options, &guard);
  if (status != RISKCARD_OK || !guard)
    refuse("the guard does not open (status " + std::to_string(int(status)) + ")",
           status != RISKCARD_OK ? status : RISKCARD_INTERNAL);
  bundle.guard = guard;
  bundle.closeGuard = close;
  auto text = [](const char *s) { return std::string(s ? s : ""); };
  GuardIdentity actual{text(policyName(guard)), text(policyHash(guard)), text(version())};
  if (!expected)
    return actual;
  if (actual.policy != expected->policy || actual.policyHash != expected->policyHash)
    refuse("the guard is policy " + ticked(actual.policy) + " (" + actual.policyHash +
           ") but the manifest names " + ticked(expected->policy) + " (" + expected->policyHash +
           "): the bundle was altered");
  if (actual.runtimeVersion != expected->runtimeVersion)
    refuse("the guard was built by runtime " + ticked(actual.runtimeVersion) +
           " but the manifest says " + ticked(expected->runtimeVersion) +
           ": the bundle was altered");
  return actual;
}

bool isElf(std::string_view data) { return data.substr(0, 4) == "\177ELF"; }

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

/// The manifest of a bare guard, made from what the guard says it is.
std::string synthesisedManifest(const GuardIdentity &guard, std::string_view image,
                                const std::string &imageHash) {
  return std::string("{\"format\":\"riskcard-guard\",\"runtime_version\":\"unknown\",") +
         "\"abi_version\":" + std::to_string(RISKCARD_ABI_VERSION) +
         ",\"policy\":" + jsonString(guard.policy) +
         ",\"policy_hash\":" + jsonString(guard.policyHash) +
         ",\"artefacts\":{\"cpu/guard.so\":{\"sha256\":\"" + imageHash +
         "\",\"size\":" + std::to_string(image.size()) + ",\"device\":\"cpu\"}},\"log_mask\":[]}";
}

void openBundle(const char *path, unsigned options, riskcard_bundle &bundle) {
  std::string data = readFile(path);
  std::string fileHash = sha256Hex(data);
  bundle.fileHash = "sha256:" + fileHash;
  if (isElf(data) || endsWith(path, ".so")) {
    if (data.size() > maxMemberBytes)
      refuse(std::to_string(data.size()) + " bytes, more than the " + sizeText(maxMemberBytes) +
             " a guard may have");
    GuardIdentity guard = loadGuard(data, options, nullptr, bundle);
    bundle.manifest = synthesisedManifest(guard, data, fileHash);
    return;
  }
  std::map<std::string, std::string_view> members = readArchive(data);
  auto manifest = members.find("manifest.json");
  if (manifest == members.end())
    refuse("the archive has no manifest.json: not a Riskcard bundle");
  bundle.manifest = std::string(manifest->second);
  GuardIdentity expected = checkManifest(bundle.manifest, members);
  loadGuard(members.at(guardMember), options, &expected, bundle);
}

/// Writes `message` (one line) into the caller's buffer.
void report(char *error, size_t errorLen, const char *path, std::string_view message) noexcept {
  if (!error || !errorLen)
    return;
  std::string_view parts[] = {path ? path : "(null)", ": ", message};
  size_t at = 0;
  for (std::string_view part : parts)
    for (char c : part) {
      if (at + 1 >= errorLen)
        break;
      error[at++] = c == '\n' || c == '\r' ? ' ' : c;
    }
  error[at] = '\0';
}

} // namespace

extern "C" {

riskcard_status riskcard_bundle_open(const char *path, unsigned options, riskcard_bundle **bundle,
                                     char *error, size_t error_len) {
  if (error && error_len)
    error[0] = '\0';
  if (!bundle || !path) {
    if (bundle)
      *bundle = nullptr;
    report(error, error_len, path, "riskcard_bundle_open needs a path and a place for the bundle");
    return RISKCARD_INVALID_ARGUMENT;
  }
  *bundle = nullptr;
  try {
    auto opened = std::make_unique<riskcard_bundle>();
    try {
      openBundle(path, options, *opened);
    } catch (const Refusal &refusal) {
      report(error, error_len, path, refusal.message);
      return refusal.status;
    }
    *bundle = opened.release();
    return RISKCARD_OK;
  } catch (const std::bad_alloc &) {
    report(error, error_len, path, "out of memory");
    return RISKCARD_OUT_OF_MEMORY;
  } catch (...) {
    report(error, error_len, path, "the loader failed unexpectedly");
    return RISKCARD_INTERNAL;
  }
}

void riskcard_bundle_close(riskcard_bundle *bundle) { delete bundle; }

riskcard_guard *riskcard_bundle_guard(const riskcard_bundle *bundle) {
  return bundle ? bundle->guard : nullptr;
}

const char *riskcard_bundle_manifest(const riskcard_bundle *bundle) {
  return bundle ? bundle->manifest.c_str() : nullptr;
}

const char *riskcard_bundle_file_hash(const riskcard_bundle *bundle) {
  return bundle ? bundle->fileHash.c_str() : nullptr;
}

} // extern "C"
