//===- Module.cpp - The _riskcard Python extension -------------------------===//
//
// The compiled half of the `riskcard` Python package: a thin binding of the
// bundle loader (riskcard/bundle.h) and the guard's C API (riskcard/riskcard.h).
// A Guard owns one opened bundle; evaluate and evaluate_batch take inputs as
// bytes of JSON (riskcard/__init__.py serialises dicts and strings) and give
// each decision as (action, decision JSON, redacted texts): the pure-Python
// Decision parses the JSON when a field is read. The GIL is released while the runtime works,
// so Python threads evaluate in parallel and a batch runs on the runtime's
// own threads. Closing waits for evaluations in flight (a shared lock).
//
// pybind11 reports errors as C++ exceptions, so this file, like grammar/, is
// built with exceptions and RTTI; no exception crosses the C API.
//
//===----------------------------------------------------------------------===//
#include "riskcard/bundle.h"
#include "riskcard/riskcard.h"

#include <pybind11/pybind11.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace {

/// The loader's failure, raised in Python as riskcard.BundleError.
PyObject *bundleError = nullptr;

const char *actionName(riskcard_action action) {
  switch (action) {
  case RISKCARD_ALLOW:
    return "allow";
  case RISKCARD_WARN:
    return "warn";
  case RISKCARD_REDACT:
    return "redact";
  case RISKCARD_GUIDE:
    return "guide";
  case RISKCARD_ESCALATE:
    return "escalate";
  case RISKCARD_BLOCK:
    return "block";
  case RISKCARD_ERROR:
    return "error";
  }
  return "block";
}

const char *statusName(riskcard_status status) {
  switch (status) {
  case RISKCARD_OK:
    return "ok";
  case RISKCARD_INVALID_ARGUMENT:
    return "invalid-argument";
  case RISKCARD_OUT_OF_MEMORY:
    return "out-of-memory";
  case RISKCARD_BAD_ARTEFACT:
    return "bad-artefact";
  case RISKCARD_AMBIGUOUS:
    return "ambiguous";
  case RISKCARD_INTERNAL:
    return "internal";
  case RISKCARD_NO_DEVICE:
    return "no-device";
  case RISKCARD_DEVICE_FAILED:
    return "device-failed";
  }
  return "internal";
}

/// One decision as the runtime gave it, copied out of the C API's handle:
/// the action, the JSON, and for `redact` each field's redacted text (which
/// the JSON does not carry).
struct Rendered {
  riskcard_action action;
  std::string json;
  std::vector<std::pair<std::string, std::string>> redacted;
};

/// Reads and frees one decision (a null one reads as the fail-closed
/// `no-decision` block, as the C API promises).
Rendered takeDecision(riskcard_decision *decision) {
  Rendered out{riskcard_decision_action(decision), riskcard_decision_json(decision), {}};
  size_t fields = riskcard_decision_redacted_count(decision);
  for (size_t i = 0; i < fields; ++i) {
    const char *field = riskcard_decision_redacted_field(decision, i);
    const char *text = field ? riskcard_decision_redacted(decision, field) : nullptr;
    if (text)
      out.redacted.emplace_back(field, text);
  }
  riskcard_decision_free(decision);
  return out;
}

/// (action, JSON, {field: redacted text} or None) for riskcard.Decision.
py::tuple toPython(Rendered &&rendered) {
  py::object redacted = py::none();
  if (!rendered.redacted.empty()) {
    py::dict fields;
    for (auto &[field, text] : rendered.redacted)
      fields[py::str(field)] = py::str(text);
    redacted = std::move(fields);
  }
  return py::make_tuple(actionName(rendered.action),
                        py::str(rendered.json.data(), rendered.json.size()), redacted);
}

/// Borrows the bytes of one input; `keep` holds a reference for as long as
/// the pointer is used (another thread may drop the caller's own while the
/// GIL is released).
std::pair<const char *, size_t> inputBytes(const py::handle &item) {
  char *data = nullptr;
  Py_ssize_t size = 0;
  if (!PyBytes_Check(item.ptr()) || PyBytes_AsStringAndSize(item.ptr(), &data, &size) != 0)
    throw py::type_error("an input must be bytes of JSON");
  return {data, static_cast<size_t>(size)};
}

class Guard {
public:
  Guard(riskcard_bundle *bundle, std::string path) : path(std::move(path)), bundle(bundle) {
    riskcard_guard *guard = riskcard_bundle_guard(bundle);
    policy = riskcard_policy_name(guard);
    bundleHash = riskcard_bundle_hash(guard);
    manifest = riskcard_bundle_manifest(bundle);
    fileHash = riskcard_bundle_file_hash(bundle);
  }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { closeNow(); }

  /// Closes the bundle once no evaluation is in flight; later calls raise.
  void close() {
    py::gil_scoped_release release;
    closeNow();
  }
  bool closed() const { return bundle.load() == nullptr; }

  py::tuple evaluate(const py::bytes &input) {
    auto [data, size] = inputBytes(input);
    std::optional<Rendered> rendered;
    {
      py::gil_scoped_release release;
      std::shared_lock<std::shared_mutex> lock(mutex);
      if (bundle) {
        riskcard_decision *decision = nullptr;
        riskcard_evaluate(riskcard_bundle_guard(bundle), data, size, &decision);
        rendered = takeDecision(decision);
      }
    }
    if (!rendered)
      throw py::value_error("the guard is closed");
    return toPython(std::move(*rendered));
  }

  py::list evaluateBatch(const py::sequence &inputs, unsigned threads) {
    size_t count = py::len(inputs);
    std::vector<py::object> keep;
    std::vector<const char *> data;
    std::vector<size_t> sizes;
    keep.reserve(count);
    data.reserve(count);
    sizes.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      keep.push_back(inputs[i]);
      auto [bytes, size] = inputBytes(keep.back());
      data.push_back(bytes);
      sizes.push_back(size);
    }
    std::optional<std::vector<Rendered>> rendered;
    {
      py::gil_scoped_release release;
      std::shared_lock<std::shared_mutex> lock(mutex);
      if (bundle) {
        std::vector<riskcard_decision *> decisions(count, nullptr);
        if (count)
          riskcard_evaluate_batch(riskcard_bundle_guard(bundle), data.data(), sizes.data(), count,
                                  threads, decisions.data());
        rendered.emplace();
        rendered->reserve(count);
        for (riskcard_decision *decision : decisions)
          rendered->push_back(takeDecision(decision));
      }
    }
    if (!rendered)
      throw py::value_error("the guard is closed");
    py::list out(count);
    for (size_t i = 0; i < count; ++i)
      out[i] = toPython(std::move((*rendered)[i]));
    return out;
  }

  std::string path, policy, bundleHash, manifest, fileHash;

private:
  void closeNow() {
    std::unique_lock<std::shared_mutex> lock(mutex);
    if (riskcard_bundle *open = bundle.exchange(nullptr))
      riskcard_bundle_close(open);
  }

  /// Null once closed; evaluations hold `mutex` shared, closing exclusive.
  std::atomic<riskcard_bundle *> bundle;
  std::shared_mutex mutex;
};

std::unique_ptr<Guard> open(const std::string &path, bool errorsAsErrors) {
  riskcard_bundle *bundle = nullptr;
  char error[1024] = {0};
  riskcard_status status;
  {
    py::gil_scoped_release release;
    status = riskcard_bundle_open(path.c_str(), errorsAsErrors ? RISKCARD_ERRORS_AS_ERRORS : 0u,
                                  &bundle, error, sizeof error);
  }
  if (status != RISKCARD_OK || !bundle) {
    std::string message = error[0] ? std::string(error)
                                   : path + ": cannot open the bundle (" + statusName(status) + ")";
    py::object raised = py::reinterpret_borrow<py::object>(bundleError)(message);
    raised.attr("status") = statusName(status);
    PyErr_SetObject(bundleError, raised.ptr());
    throw py::error_already_set();
  }
  return std::make_unique<Guard>(bundle, path);
}

} // namespace

PYBIND11_MODULE(_riskcard, m) {
  m.doc() = "Compiled half of the riskcard package: use `import riskcard`.";
  bundleError = PyErr_NewExceptionWithDoc(
      "riskcard.BundleError",
      "A bundle or guard that cannot be opened: the loader's message, and its\n"
      "status (`bad-artefact`, ...) as `status`.",
      PyExc_Exception,
      nullptr);
  if (!bundleError)
    throw py::error_already_set();
  m.add_object("BundleError", py::handle(bundleError));
  m.attr("runtime_version") = riskcard_version();
  m.attr("abi_version") = RISKCARD_ABI_VERSION;
  m.attr("bundle_format_version") = RISKCARD_BUNDLE_FORMAT_VERSION;

  py::class_<Guard>(m, "Guard")
      .def_readonly("path", &Guard::path)
      .def_readonly("policy", &Guard::policy)
      .def_readonly("bundle_hash", &Guard::bundleHash)
      .def_readonly("file_hash", &Guard::fileHash)
      .def_readonly("manifest_json", &Guard::manifest)
      .def_property_readonly("closed", &Guard::closed)
      .def("evaluate", &Guard::evaluate, py::arg("input"),
           "Evaluates one input (bytes of JSON): (action, JSON, redacted).")
      .def("evaluate_batch", &Guard::evaluateBatch, py::arg("inputs"), py::arg("threads") = 0,
           "Evaluates a sequence of inputs on the runtime's threads: [(action, JSON, redacted)].")
      .def("close", &Guard::close, "Closes the bundle once evaluations in flight finish.");
  m.def("open", &open, py::arg("path"), py::arg("errors_as_errors") = false,
        "Opens a bundle (.rkb) or a bare guard (.so); raises BundleError.");
}
