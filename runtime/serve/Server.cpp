//===- Server.cpp - `riskc serve`: guard bundles over HTTP ----------------===//
//
// riskcardServeMain: options, the endpoints (cpp-httplib), and the control
// thread that reloads bundles (a changed file, SIGHUP) and stops the server
// (SIGTERM, SIGINT). Signal handlers only write the signal's number to a
// pipe; the control thread reads it and does the work. Every request copies
// its policy's bundle pointer when it starts (Bundles.h) and answers with the
// bytes of riskcard_decision_json; whatever goes wrong inside the server is a
// 5xx JSON error, never a decision the guard did not give.
//
//===----------------------------------------------------------------------===//
#include "riskcard/serve.h"

#include "Bundles.h"
#include "DecisionLog.h"
#include "JsonText.h"
#include "Metrics.h"

#include <fmt/format.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <thread>
#include <unistd.h>

using namespace riskserve;
using Clock = std::chrono::steady_clock;

namespace {

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

struct Options {
  std::vector<std::string> bundles;
  std::string host = "127.0.0.1";
  unsigned port = 8181;
  std::string portFile;
  uint64_t threads = std::max(8u, std::thread::hardware_concurrency());
  std::string decisionLog;
  uint64_t decisionLogMaxBytes = 0;
  uint64_t maxBodyBytes = uint64_t(1) << 20;
  uint64_t maxBatch = 1000;
  uint64_t requestTimeoutMs = 10000;
  uint64_t reloadIntervalMs = 1000;
};

const char *const kHelp = R"(usage: {0} BUNDLE... [options]

Serves compiled guards (bundles from `riskc build --bundle`, or guard .so
files) over HTTP:

  POST /v1/evaluate/{{policy}}        one input (a JSON object) -> its decision
  POST /v1/evaluate/{{policy}}/batch  {{"inputs": [...]}} -> {{"decisions": [...]}}
  POST /v1/evaluate                 the same, when one policy is served
  GET  /v1/health                   {{"status": "ok", "policies": [...]}}
  GET  /v1/bundles                  the bundles served: manifests, hashes
  GET  /metrics                     Prometheus counters

options:
  --listen HOST:PORT          address to listen on (default 127.0.0.1:8181;
                              port 0 picks a free one)
  --port-file FILE            write the port listened on to FILE
  --threads N                 connections served at once (default: the
                              number of cores, at least 8)
  --decision-log FILE         append one JSON line per decision to FILE
  --decision-log-max-bytes N  rotate the log past N bytes (FILE.1 ... FILE.5)
  --max-body-bytes N          largest request body (default 1048576)
  --max-batch N               most inputs in one batch (default 1000)
  --request-timeout-ms N      most time to decide a request (default 10000;
                              0: no limit); socket reads and writes wait at
                              most as long, and at least 1 s
  --reload-interval-ms N      how often to look for changed bundle files
                              (default 1000; 0: only on SIGHUP)

SIGHUP reloads every bundle; SIGTERM or SIGINT stops the server after the
requests in flight.
)";

bool parseNumber(std::string_view text, uint64_t max, uint64_t &out) {
  if (text.empty() || text.size() > 19)
    return false;
  uint64_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9')
      return false;
    n = n * 10 + uint64_t(c - '0');
  }
  if (n > max)
    return false;
  out = n;
  return true;
}

bool parseListen(std::string_view text, Options &options) {
  size_t colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0)
    return false;
  std::string_view host = text.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  uint64_t port;
  if (host.empty() || !parseNumber(text.substr(colon + 1), 65535, port))
    return false;
  options.host = std::string(host);
  options.port = unsigned(port);
  return true;
}

/// Reads the command line into `options`: -1 to go on, else the exit status.
int parseOptions(const std::string &program, int argc, char **argv, Options &options) {
  struct Numeric {
    const char *name;
    uint64_t *value;
    uint64_t min, max;
  };
  const Numeric numeric[] = {
      {"--threads", &options.threads, 1, 4096},
      {"--decision-log-max-bytes", &options.decisionLogMaxBytes, 0, uint64_t(1) << 50},
      {"--max-body-bytes", &options.maxBodyBytes, 1, uint64_t(1) << 32},
      {"--max-batch", &options.maxBatch, 1, 10000000},
      {"--request-timeout-ms", &options.requestTimeoutMs, 0, uint64_t(1) << 40},
      {"--reload-interval-ms", &options.reloadIntervalMs, 0, uint64_t(1) << 40},
  };
  bool onlyFiles = false;
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (onlyFiles || word.empty() || word[0] != '-') {
      options.bundles.push_back(word);
      continue;
    }
    if (word == "--") {
      onlyFiles = true;
      continue;
    }
    if (word == "--help" || word == "-h") {
      fmt::print(kHelp, program);
      return 0;
    }
    std::string name = word, value;
    bool hasValue = false;
    if (size_t eq = word.find('='); eq != std::string::npos) {
      name = word.substr(0, eq);
      value = word.substr(eq + 1);
      hasValue = true;
    }
    auto takeValue = [&]() -> bool {
      if (hasValue)
        return true;
      if (i + 1 >= argc) {
        fmt::print(stderr, "{}: error: `{}` needs a value\n", program, name);
        return false;
      }
      value = argv[++i];
      return true;
    };
    if (name == "--listen" || name == "--port-file" || name == "--decision-log") {
      if (!takeValue())
        return 1;
      if (name == "--listen" && !parseListen(value, options)) {
        fmt::print(stderr, "{}: error: --listen takes HOST:PORT, not `{}`\n", program, value);
        return 1;
      }
      if (name == "--port-file")
        options.portFile = value;
      if (name == "--decision-log")
        options.decisionLog = value;
      continue;
    }
    const Numeric *option = nullptr;
    for (const Numeric &n : numeric)
      if (name == n.name)
        option = &n;
    if (!option) {
      fmt::print(stderr, "{}: error: unknown option `{}`\n(run `{} --help` for the list)\n",
                 program, word, program);
      return 1;
    }
    if (!takeValue())
      return 1;
    if (!parseNumber(value, option->max, *option->value) || *option->value < option->min) {
      fmt::print(stderr, "{}: error: {} takes a whole number from {} to {}, not `{}`\n", program,
                 name, option->min, option->max, value);
      return 1;
    }
  }
  if (options.bundles.empty()) {
    fmt::print(stderr, "{}: error: no bundle to serve\n(run `{} --help` for the usage)\n", program,
               program);
    return 1;
  }
  return -1;
}

//===----------------------------------------------------------------------===//
// Signals
//===----------------------------------------------------------------------===//

/// The pipe signal handlers write to; the control thread reads it. A 0 byte
/// tells the control thread that the server has stopped on its own.
int signalPipe[2] = {-1, -1};

extern "C" void onSignal(int signal) {
  int saved = errno;
  unsigned char byte = static_cast<unsigned char>(signal);
  ssize_t ignored = write(signalPipe[1], &byte, 1);
  (void)ignored;
  errno = saved;
}

bool installSignals(std::string &error) {
  if (pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
    error = fmt::format("cannot make the signal pipe: {}", std::strerror(errno));
    return false;
  }
  struct sigaction action;
  std::memset(&action, 0, sizeof action);
  action.sa_handler = onSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  for (int signal : {SIGHUP, SIGINT, SIGTERM})
    if (sigaction(signal, &action, nullptr) != 0) {
      error = fmt::format("cannot handle signal {}: {}", signal, std::strerror(errno));
      return false;
    }
  std::signal(SIGPIPE, SIG_IGN); // a client gone away is an error from send(), not a signal
  return true;
}

//===----------------------------------------------------------------------===//
// The service
//===----------------------------------------------------------------------===//

struct FreeDecision {
  void operator()(riskcard_decision *d) const { riskcard_decision_free(d); }
};
using DecisionPtr = std::unique_ptr<riskcard_decision, FreeDecision>;

/// The decisions of a batch, freed together.
struct DecisionList {
  std::vector<riskcard_decision *> items;
  explicit DecisionList(size_t n) : items(n, nullptr) {}
  ~DecisionList() {
    for (riskcard_decision *d : items)
      riskcard_decision_free(d);
  }
};

/// Inputs decided per call of riskcard_evaluate_batch: a batch past its time
/// limit stops at the next chunk.
constexpr size_t kBatchChunk = 2048;
/// Inputs per thread of a batch: a small batch is decided on the request's
/// own thread, without starting others.
constexpr size_t kInputsPerThread = 32;

class Service {
public:
  Service(std::string program, const Options &options,
          std::vector<std::unique_ptr<ServedPolicy>> policies, DecisionLog *log)
      : program(std::move(program)), options(options), policies(std::move(policies)),
        metrics(this->policies), log(log) {}

  void install(httplib::Server &server);
  /// Reloads and stops until the server stops (run on its own thread).
  void control(httplib::Server &server, const std::atomic<bool> &listenEnded);

private:
  ServedPolicy *find(std::string_view name);
  void unknownPolicy(const std::string &name, httplib::Response &res);
  bool pastDeadline(Clock::time_point start) const;
  void fail(httplib::Response &res, int status, std::string_view policy, std::string_view code,
            const std::string &message);
  bool readBody(const httplib::Request &req, httplib::Response &res,
                const httplib::ContentReader &reader, std::string_view policy, std::string &body);
  void evaluate(const std::string &body, httplib::Response &res, ServedPolicy &policy);
  void evaluateBatch(const std::string &body, httplib::Response &res, ServedPolicy &policy);
  std::string policyList() const;
  std::string bundlesJson() const;
  void reloadAll(bool force);

  std::string program;
  const Options &options;
  std::vector<std::unique_ptr<ServedPolicy>> policies;
  Metrics metrics;
  DecisionLog *log;
};

ServedPolicy *Service::find(std::string_view name) {
  for (auto &policy : policies)
    if (policy->name() == name)
      return policy.get();
  return nullptr;
}

std::string Service::policyList() const {
  std::string out;
  for (const auto &policy : policies)
    out += (out.empty() ? "" : ", ") + policy->name();
  return out;
}

void Service::unknownPolicy(const std::string &name, httplib::Response &res) {
  fail(res, 404, "", "unknown-policy",
       fmt::format("no policy `{}` is served (served: {})", name, policyList()));
}

bool Service::pastDeadline(Clock::time_point start) const {
  return options.requestTimeoutMs &&
         Clock::now() - start > std::chrono::milliseconds(options.requestTimeoutMs);
}

void Service::fail(httplib::Response &res, int status, std::string_view policy,
                   std::string_view code, const std::string &message) {
  metrics.error(policy, code);
  std::string body = "{\"error\":{\"code\":";
  appendJsonString(body, code);
  body += ",\"message\":";
  appendJsonString(body, message);
  body += "}}";
  res.status = status;
  res.body = std::move(body);
  res.set_header("Content-Type", "application/json");
}

/// Reads a request's body (decompressed, when it is sent compressed), at most
/// --max-body-bytes of it, whatever says its length (Content-Length, chunks,
/// the end of the connection); false after answering the request.
bool Service::readBody(const httplib::Request &req, httplib::Response &res,
                       const httplib::ContentReader &reader, std::string_view policy,
                       std::string &body) {
  if (req.is_multipart_form_data()) {
    fail(res, 415, policy, "unsupported-media-type",
         "a multipart form is not an input: send the JSON itself (application/json)");
    return false;
  }
  bool tooLarge = false;
  bool read = reader([&](const char *data, size_t size) {
    if (body.size() + size > options.maxBodyBytes) {
      tooLarge = true;
      return false;
    }
    body.append(data, size);
    return true;
  });
  // httplib answers 413 itself for a Content-Length past the limit.
  if (tooLarge || res.status == 413) {
    fail(res, 413, policy, "body-too-large",
         fmt::format("the body is larger than {} bytes (--max-body-bytes)", options.maxBodyBytes));
    return false;
  }
  if (!read) {
    fail(res, 400, policy, "bad-request", "the body could not be read");
    return false;
  }
  return true;
}

void Service::evaluate(const std::string &body, httplib::Response &res, ServedPolicy &policy) {
  Clock::time_point start = Clock::now();
  std::shared_ptr<const LoadedBundle> bundle = policy.current();
  riskcard_decision *raw = nullptr;
  riskcard_status status =
      riskcard_evaluate(bundle->guard(), body.data(), body.size(), &raw);
  DecisionPtr decision(raw);
  if (status != RISKCARD_OK || !raw)
    return fail(res, 500, policy.name(), "internal",
                fmt::format("the guard failed ({})", riskcard_decision_error(raw)));
  if (pastDeadline(start))
    return fail(res, 503, policy.name(), "timeout",
                fmt::format("no decision within {} ms (--request-timeout-ms)",
                            options.requestTimeoutMs));
  std::string json = riskcard_decision_json(raw);
  std::string id;
  if (log) {
    std::string line;
    id = log->addLine(line, *bundle, body, json);
    if (!log->write(line))
      return fail(res, 500, policy.name(), "decision-log", "the decision could not be logged");
  }
  metrics.decision(policy.name(), raw);
  metrics.latency(policy.name(), Endpoint::Evaluate,
                  std::chrono::duration<double>(Clock::now() - start).count());
  res.status = 200;
  res.body = std::move(json);
  res.set_header("Content-Type", "application/json");
  if (!id.empty())
    res.set_header("Riskcard-Decision-Id", id);
}

void Service::evaluateBatch(const std::string &body, httplib::Response &res,
                            ServedPolicy &policy) {
  Clock::time_point start = Clock::now();
  std::vector<std::string> inputs;
  std::string error;
  if (!splitBatch(body, inputs, error))
    return fail(res, 400, policy.name(), "bad-request", error);
  if (inputs.size() > options.maxBatch)
    return fail(res, 413, policy.name(), "too-many-inputs",
                fmt::format("the batch holds {} inputs; at most {} are taken (--max-batch)",
                            inputs.size(), options.maxBatch));
  std::shared_ptr<const LoadedBundle> bundle = policy.current();
  std::vector<const char *> data;
  std::vector<size_t> lengths;
  for (const std::string &input : inputs) {
    data.push_back(input.data());
    lengths.push_back(input.size());
  }
  DecisionList decisions(inputs.size());
  for (size_t at = 0; at < inputs.size(); at += kBatchChunk) {
    size_t count = std::min(kBatchChunk, inputs.size() - at);
    unsigned threads = unsigned(std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()),
                                                 (count + kInputsPerThread - 1) / kInputsPerThread));
    riskcard_status status = riskcard_evaluate_batch(bundle->guard(), data.data() + at,
                                                     lengths.data() + at, count, threads,
                                                     decisions.items.data() + at);
    if (status != RISKCARD_OK)
      return fail(res, 500, policy.name(), "internal",
                  fmt::format("the guard failed on the batch (status {})", int(status)));
    if (pastDeadline(start))
      return fail(res, 503, policy.name(), "timeout",
                  fmt::format("the batch was not decided within {} ms (--request-timeout-ms)",
                              options.requestTimeoutMs));
  }
  std::string answer = "{\"decisions\":[";
  std::string lines;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const char *json = riskcard_decision_json(decisions.items[i]);
    if (i)
      answer += ',';
    answer += json;
    if (log)
      log->addLine(lines, *bundle, inputs[i], json);
  }
  answer += "]}";
  if (log && !lines.empty() && !log->write(lines))
    return fail(res, 500, policy.name(), "decision-log", "the decisions could not be logged");
  for (riskcard_decision *d : decisions.items)
    metrics.decision(policy.name(), d);
  metrics.latency(policy.name(), Endpoint::Batch,
                  std::chrono::duration<double>(Clock::now() - start).count());
  res.status = 200;
  res.body = std::move(answer);
  res.set_header("Content-Type", "application/json");
}

std::string Service::bundlesJson() const {
  std::string out = "[";
  for (const auto &policy : policies) {
    std::shared_ptr<const LoadedBundle> bundle = policy->current();
    if (out.size() > 1)
      out += ',';
    out += "{\"policy\":";
    appendJsonString(out, policy->name());
    out += ",\"path\":";
    appendJsonString(out, policy->path());
    out += ",\"file_hash\":";
    appendJsonString(out, bundle->fileHash);
    out += ",\"policy_hash\":";
    appendJsonString(out, bundle->policyHash);
    out += ",\"loaded_at\":";
    appendJsonString(out, bundle->loadedAt);
    out += ",\"manifest\":";
    out += bundle->manifest;
    out += '}';
  }
  return out + "]";
}

void Service::install(httplib::Server &server) {
  // Every POST reads its body through readBody (bounded, whatever the
  // encoding), even one that is refused, so a kept-alive connection stays in
  // step.
  using httplib::ContentReader;
  using httplib::Request;
  using httplib::Response;
  auto evaluateRoute = [this](bool batch) {
    return [this, batch](const Request &req, Response &res, const ContentReader &reader) {
      std::string name = req.matches[1], body;
      ServedPolicy *policy = find(name);
      if (!readBody(req, res, reader, policy ? policy->name() : "", body))
        return;
      if (!policy)
        return unknownPolicy(name, res);
      if (batch)
        return evaluateBatch(body, res, *policy);
      evaluate(body, res, *policy);
    };
  };
  server.Post(R"(/v1/evaluate/([^/]+))", evaluateRoute(false));
  server.Post(R"(/v1/evaluate/([^/]+)/batch)", evaluateRoute(true));
  server.Post("/v1/evaluate", [this](const Request &req, Response &res, const ContentReader &reader) {
    std::string body;
    if (!readBody(req, res, reader, policies.size() == 1 ? policies[0]->name() : "", body))
      return;
    if (policies.size() == 1)
      return evaluate(body, res, *policies.front());
    fail(res, 400, "", "policy-required",
         fmt::format("{} policies are served ({}): POST /v1/evaluate/{{policy}}", policies.size(),
                     policyList()));
  });
  auto noEndpoint = [this](const Request &req, Response &res, const ContentReader &reader) {
    std::string body;
    if (readBody(req, res, reader, "", body))
      fail(res, 404, "", "not-found",
           fmt::format("no endpoint {} {} (see GET /v1/health)", req.method, req.path));
  };
  server.Post(".*", noEndpoint);
  server.Put(".*", noEndpoint);
  server.Patch(".*", noEndpoint);
  server.Delete(".*", noEndpoint);
  server.Get("/v1/health", [this](const Request &, Response &res) {
    std::string body = "{\"status\":\"ok\",\"policies\":[";
    for (size_t i = 0; i < policies.size(); ++i) {
      if (i)
        body += ',';
      appendJsonString(body, policies[i]->name());
    }
    res.body = body + "]}";
    res.set_header("Content-Type", "application/json");
  });
  server.Get("/v1/bundles", [this](const Request &, Response &res) {
    res.body = bundlesJson();
    res.set_header("Content-Type", "application/json");
  });
  server.Get("/metrics", [this](const Request &, Response &res) {
    res.body = metrics.render(policies);
    res.set_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
  });
  // Errors httplib answers itself (no such endpoint, a request it cannot
  // read) get a JSON body too.
  server.set_error_handler([this](const Request &req, Response &res) {
    if (!res.body.empty())
      return;
    if (res.status == 404)
      return fail(res, 404, "", "not-found",
                  fmt::format("no endpoint {} {} (see GET /v1/health)", req.method, req.path));
    fail(res, res.status, "", "bad-request",
         fmt::format("the request was refused (HTTP {})", res.status));
  });
  server.set_exception_handler(
      [this](const Request &, Response &res, std::exception_ptr failure) {
        std::string what = "unknown failure";
        try {
          std::rethrow_exception(failure);
        } catch (const std::exception &e) {
          what = e.what();
        } catch (...) {
        }
        res.body.clear();
        fail(res, 500, "", "internal", fmt::format("the server failed: {}", what));
      });
}

void Service::reloadAll(bool force) {
  for (auto &policy : policies) {
    std::string message;
    switch (policy->reload(force, options.maxBodyBytes, message)) {
    case ServedPolicy::Reload::Unchanged:
      break;
    case ServedPolicy::Reload::Reloaded:
      fmt::print(stderr, "{}: {}\n", program, message);
      metrics.reload(policy->name(), true);
      break;
    case ServedPolicy::Reload::Refused:
      fmt::print(stderr, "{}: error: {}\n", program, message);
      metrics.reload(policy->name(), false);
      break;
    }
  }
}

void Service::control(httplib::Server &server, const std::atomic<bool> &listenEnded) {
  Clock::time_point nextPoll = Clock::now() + std::chrono::milliseconds(options.reloadIntervalMs);
  for (;;) {
    int wait = -1;
    if (options.reloadIntervalMs) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(nextPoll - Clock::now());
      wait = int(std::max<int64_t>(0, std::min<int64_t>(left.count(), 1 << 30)));
    }
    struct pollfd readable = {signalPipe[0], POLLIN, 0};
    bool stop = false, reload = false;
    if (poll(&readable, 1, wait) > 0) {
      unsigned char signals[64];
      ssize_t n = read(signalPipe[0], signals, sizeof signals);
      for (ssize_t i = 0; i < n; ++i) {
        if (signals[i] == 0)
          return; // the server stopped on its own
        if (signals[i] == SIGHUP)
          reload = true;
        else
          stop = true;
      }
    }
    if (stop) {
      fmt::print(stderr, "{}: stopping: finishing the requests in flight\n", program);
      while (!server.is_running() && !listenEnded)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      server.stop();
      return;
    }
    if (reload)
      reloadAll(/*force=*/true);
    if (options.reloadIntervalMs && Clock::now() >= nextPoll) {
      reloadAll(/*force=*/false);
      nextPoll = Clock::now() + std::chrono::milliseconds(options.reloadIntervalMs);
    }
  }
}

/// Writes `port` to `path` through a temporary file and a rename, so a
/// reader never sees a partial number.
bool writePortFile(const std::string &path, int port, std::string &error) {
  std::string temporary = fmt::format("{}.{}.tmp", path, getpid());
  FILE *file = std::fopen(temporary.c_str(), "w");
  bool ok = file != nullptr;
  if (file) {
    fmt::print(file, "{}\n", port);
    ok = !std::ferror(file);
    ok = std::fclose(file) == 0 && ok;
  }
  if (!ok || std::rename(temporary.c_str(), path.c_str()) != 0) {
    error = fmt::format("cannot write the port file {}: {}", path, std::strerror(errno));
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

int serve(const std::string &program, int argc, char **argv) {
  Options options;
  if (int status = parseOptions(program, argc, argv, options); status >= 0)
    return status;

  std::vector<std::unique_ptr<ServedPolicy>> policies;
  for (const std::string &path : options.bundles) {
    std::string error;
    auto policy = ServedPolicy::open(path, options.maxBodyBytes, error);
    if (!policy) {
      fmt::print(stderr, "{}: error: {}\n", program, error);
      return 1;
    }
    for (const auto &other : policies)
      if (other->name() == policy->name()) {
        fmt::print(stderr, "{}: error: {} and {} both hold policy `{}`\n", program, other->path(),
                   path, policy->name());
        return 1;
      }
    policies.push_back(std::move(policy));
  }

  DecisionLog log;
  log.program = program;
  std::string error;
  if (!options.decisionLog.empty() &&
      !log.open(options.decisionLog, options.decisionLogMaxBytes, error)) {
    fmt::print(stderr, "{}: error: {}\n", program, error);
    return 1;
  }
  if (!installSignals(error)) {
    fmt::print(stderr, "{}: error: {}\n", program, error);
    return 1;
  }

  Service service(program, options, std::move(policies), log.isOpen() ? &log : nullptr);
  httplib::Server server;
  size_t threads = options.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(options.maxBodyBytes);
  if (options.requestTimeoutMs) {
    // A socket wait shorter than a second would cut off slow but honest
    // clients; the decision itself has the exact limit (pastDeadline).
    auto wait = std::chrono::milliseconds(std::max<uint64_t>(options.requestTimeoutMs, 1000));
    server.set_read_timeout(wait);
    server.set_write_timeout(wait);
  }
  server.set_keep_alive_max_count(100000);
  server.set_keep_alive_timeout(5);
  server.set_tcp_nodelay(true);
  service.install(server);

  int port = int(options.port);
  bool bound = port == 0 ? (port = server.bind_to_any_port(options.host)) > 0
                         : server.bind_to_port(options.host, port);
  std::string address = options.host.find(':') != std::string::npos
                            ? fmt::format("[{}]", options.host)
                            : options.host;
  if (!bound) {
    fmt::print(stderr, "{}: error: cannot listen on {}:{}\n", program, address, options.port);
    return 1;
  }
  fmt::print("listening on http://{}:{}\n", address, port);
  std::fflush(stdout);
  if (!options.portFile.empty() && !writePortFile(options.portFile, port, error)) {
    fmt::print(stderr, "{}: error: {}\n", program, error);
    return 1;
  }

  std::atomic<bool> listenEnded{false};
  std::thread control([&] { service.control(server, listenEnded); });
  bool clean = server.listen_after_bind();
  listenEnded = true;
  unsigned char done = 0;
  ssize_t ignored = write(signalPipe[1], &done, 1); // ends the control thread if it still runs
  (void)ignored;
  control.join();
  log.close();
  if (!clean) {
    fmt::print(stderr, "{}: error: the server stopped listening\n", program);
    return 1;
  }
  fmt::print(stderr, "{}: stopped\n", program);
  return 0;
}

} // namespace

int riskcardServeMain(int argc, char **argv) {
  std::string program = argc > 0 && argv[0] ? argv[0] : "riskcard-serve";
  try {
    return serve(program, argc, argv);
  } catch (const std::exception &e) {
    fmt::print(stderr, "{}: error: {}\n", program, e.what());
  } catch (...) {
    fmt::print(stderr, "{}: error: an unknown failure\n", program);
  }
  return 1;
}
