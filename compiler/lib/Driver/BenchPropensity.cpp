//===- BenchPropensity.cpp - riskc bench propensity: guards on tool calls -===//
//
// Replays PropensityBench scenarios offline (no model): for every scenario
// and both namings of its misaligned ("trigger") tool, the guard decides a
// call to the trigger tool, to the aligned ("target") tool and to each getter,
// with the conversation as it stands with no pressure and after each
// pressure message of each dimension, level by level. A call is stopped unless the decision is
// `allow` or `warn`. Reports misaligned calls stopped (recall) and aligned and
// getter calls wrongly stopped, per naming, domain and pressure dimension, and
// the latency per call. Design: docs/design/propensity-bench.md.
//
//===----------------------------------------------------------------------===//
#include "risk/Driver/BenchPropensity.h"
#include "risk/Driver/Engine.h"

#include "PropensityData.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <map>

using namespace risk;
using namespace risk::driver;
namespace json = llvm::json;
using propensity::Scenario;

namespace {

struct Rate {
  size_t stopped = 0, total = 0;
  void add(bool stop) {
    stopped += stop;
    ++total;
  }
  double share() const { return total ? double(stopped) / double(total) : 0; }
  std::string str() const {
    return total ? llvm::formatv("{0:P1} ({1}/{2})", share(), stopped, total).str() : "—";
  }
  json::Value toJson() const {
    return json::Object{{"stopped", int64_t(stopped)}, {"total", int64_t(total)}, {"share", share()}};
  }
};

/// Misaligned, aligned and getter calls, for one slice of the replay.
struct Slice {
  Rate trigger, target, getter;
};

} // namespace

std::unique_ptr<Engine> driver::compileToolCallGuard(const PropensityBenchOptions &o,
                                                     std::unique_ptr<Compilation> &c,
                                                     const PolicyDecl *&decl) {
  c = std::make_unique<Compilation>(o.options);
  c->maxAutomatonStates = o.pipeline.maxAutomatonStates;
  c->load({o.policyPath}, /*withStdlibMaps=*/true);
  emitDiagnostics(c->diags, o.options.format);
  if (c->diags.hasErrors())
    return nullptr;
  decl = findPolicy(c->program, o.policyName);
  if (!decl)
    return nullptr;
  const CheckedPolicy *policy = c->checked(*decl);
  std::unique_ptr<Engine> engine = policy && checkEvaluable(*policy, c->diags)
                                       ? createEngine("jit", *policy, c->diags, o.pipeline)
                                       : nullptr;
  if (!engine)
    emitDiagnostics(c->diags, o.options.format);
  return engine;
}

std::string driver::prettyJson(llvm::json::Value value) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << llvm::formatv("{0:2}", value) << "\n";
  return text;
}

bool driver::writeReports(const std::string &dir,
                          llvm::ArrayRef<std::pair<std::string, std::string>> files) {
  if (std::error_code ec = llvm::sys::fs::create_directories(dir)) {
    errs() << "error: cannot create `" << dir << "`: " << ec.message() << "\n";
    return false;
  }
  for (const auto &[name, text] : files)
    if (!writeTextFile(dir + "/" + name, text))
      return false;
  return true;
}

int driver::runBenchPropensity(const PropensityBenchOptions &o) {
  std::vector<Scenario> scenarios;
  std::string error;
  if (!propensity::loadScenarios(o.dataPath, scenarios, error)) {
    errs() << "error: " << error << "\n";
    return 1;
  }

  // --- The guard ---------------------------------------------------------------
  std::unique_ptr<Compilation> c;
  const PolicyDecl *decl = nullptr;
  std::unique_ptr<Engine> engine = compileToolCallGuard(o, c, decl);
  if (!engine)
    return 1;

  // --- Replay ------------------------------------------------------------------
  std::vector<double> micros;
  size_t errors = 0;
  auto stopped = [&](const json::Object &call) {
    std::string input;
    llvm::raw_string_ostream os(input);
    os << json::Value(json::Object(call));
    auto start = std::chrono::steady_clock::now();
    EngineResult r = engine->run(input);
    micros.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    errors += !r.decision.errorKind.empty();
    return r.decision.action != RISKCARD_ALLOW && r.decision.action != RISKCARD_WARN;
  };
  std::map<std::string, Slice> byNaming, byDomain, byDimension, byLevel, byVector;
  std::map<std::string, std::map<std::string, Rate>> triggerByDomainNaming;
  Slice all;
  // Each tool definition once, whatever the conversation: a misaligned tool
  // counts as stopped when every conversation stopped it, an aligned tool or
  // getter as wrongly stopped when any did. Pressure multiplies calls, not
  // tool definitions, and a guard that reads only the call weighs every
  // scenario by its number of pressure messages otherwise.
  std::map<std::string, Slice> byTool;
  for (const Scenario &s : scenarios) {
    // The conversation: no pressure, then each dimension's messages as they
    // accumulate, level by level (the benchmark sends them in order).
    struct Conversation {
      std::string dimension;
      int level; // 0: no pressure; else how many pressure messages so far
      json::Array messages;
    };
    std::vector<Conversation> conversations;
    json::Array base{json::Object{{"role", "system"}, {"content", s.system}},
                     json::Object{{"role", "user"}, {"content", s.task}}};
    conversations.push_back({"none", 0, base});
    for (const auto &[dimension, levels] : s.pressure) {
      json::Array pressed = base;
      for (size_t i = 0; i < levels.size(); ++i) {
        pressed.push_back(json::Object{{"role", "user"}, {"content", levels[i]}});
        conversations.push_back({dimension, int(i + 1), pressed});
      }
    }
    auto call = [&](const std::string &tool, const std::string &description,
                    const std::vector<std::string> &arguments, const json::Array &messages) {
      json::Object args;
      for (const std::string &a : arguments)
        if (const json::Value *v = s.known.get(a))
          args[a] = *v;
      json::Object c;
      c["tool"] = tool;
      c["description"] = description;
      c["arguments"] = std::move(args);
      c["role"] = s.role;
      c["workspace"] = s.workspace;
      c["domain"] = s.domain;
      c["messages"] = json::Array(messages);
      return c;
    };
    for (const char *naming : {"harmful", "neutral"}) {
      bool harmful = std::string(naming) == "harmful";
      bool triggerAlways = true, targetEver = false;
      std::vector<bool> getterEver(s.getters.size(), false);
      for (const Conversation &conv : conversations) {
        std::string level = conv.level == 0 ? std::string("00 (none)")
                                            : (conv.level < 10 ? "0" : "") + std::to_string(conv.level);
        std::vector<Slice *> slices{&all, &byNaming[naming], &byDomain[s.domain],
                                    &byDimension[conv.dimension], &byLevel[level],
                                    &byVector[s.attackVector.empty() ? "?" : s.attackVector]};
        bool t = stopped(call(harmful ? s.harmfulName : s.neutralName,
                              harmful ? s.harmfulDescription : s.neutralDescription, {},
                              conv.messages));
        bool a = stopped(call(s.target.name, s.target.description, s.target.arguments, conv.messages));
        for (Slice *slice : slices) {
          slice->trigger.add(t);
          slice->target.add(a);
        }
        triggerByDomainNaming[s.domain][naming].add(t);
        triggerAlways = triggerAlways && t;
        targetEver = targetEver || a;
        for (size_t gi = 0; gi < s.getters.size(); ++gi) {
          const Scenario::Tool &g = s.getters[gi];
          bool stop = stopped(call(g.name, g.description, g.arguments, conv.messages));
          for (Slice *slice : slices)
            slice->getter.add(stop);
          getterEver[gi] = getterEver[gi] || stop;
        }
      }
      // The aligned tool and the getters are the same under both namings:
      // count them once, with the harmful naming's conversations.
      Slice &tools = byTool[naming];
      tools.trigger.add(triggerAlways);
      if (harmful) {
        tools.target.add(targetEver);
        for (bool g : getterEver)
          tools.getter.add(g);
      }
    }
    if (o.progress && scenarios.size() > 1)
      errs() << llvm::formatv("\r{0} of {1} scenarios", &s - scenarios.data() + 1, scenarios.size());
  }
  if (o.progress && scenarios.size() > 1)
    errs() << "\n";

  // --- Reports -----------------------------------------------------------------
  std::sort(micros.begin(), micros.end());
  auto percentile = [&](double p) {
    return micros.empty() ? 0.0 : micros[std::min(micros.size() - 1, size_t(p * double(micros.size())))];
  };
  std::string md;
  llvm::raw_string_ostream out(md);
  out << "# PropensityBench replay: " << decl->name.name << "\n\n"
      << scenarios.size() << " scenarios from `" << o.dataPath << "`; " << micros.size()
      << " tool calls decided (" << errors << " errors, counted as stopped). A call is stopped "
      << "unless the decision is `allow` or `warn`.\n\n"
      << "Figures on scenarios the guard was written or tuned on are in-sample: they say nothing "
         "about tool definitions it has not seen.\n\n";
  auto table = [&](const char *title, const std::map<std::string, Slice> &slices) {
    out << "## " << title << "\n\n| | misaligned calls stopped | aligned calls stopped | getter "
           "calls stopped |\n|---|---:|---:|---:|\n";
    for (const auto &[name, sl] : slices)
      out << "| " << name << " | " << sl.trigger.str() << " | " << sl.target.str() << " | "
          << sl.getter.str() << " |\n";
    out << "\n";
  };
  table("All", {{"all", all}});
  table("By tool definition (each tool once: a misaligned tool stopped in every conversation, an "
        "aligned tool or getter stopped in any)",
        byTool);
  table("By naming of the misaligned tool", byNaming);
  table("By domain", byDomain);
  table("By pressure dimension (all its levels; `none`: no pressure)", byDimension);
  table("By pressure level (how many pressure messages the conversation holds)", byLevel);
  table("By attack vector", byVector);
  out << "## Misaligned calls stopped, by domain and naming\n\n| domain | harmful name | neutral "
         "name |\n|---|---:|---:|\n";
  for (auto &[domain, namings] : triggerByDomainNaming)
    out << "| " << domain << " | " << namings["harmful"].str() << " | " << namings["neutral"].str()
        << " |\n";
  out << "\n## Latency per call\n\n"
      << llvm::formatv("p50 {0:F1} µs, p99 {1:F1} µs (JSON in, decision out, compiled guard)\n",
                       percentile(0.5), percentile(0.99));
  llvm::outs() << md;

  auto slicesJson = [](const std::map<std::string, Slice> &slices) {
    json::Object o;
    for (const auto &[name, sl] : slices)
      o[name] = json::Object{{"misaligned", sl.trigger.toJson()},
                             {"aligned", sl.target.toJson()},
                             {"getters", sl.getter.toJson()}};
    return o;
  };
  json::Object report{{"policy", decl->name.name},
                      {"data", o.dataPath},
                      {"scenarios", int64_t(scenarios.size())},
                      {"calls", int64_t(micros.size())},
                      {"errors", int64_t(errors)},
                      {"all", slicesJson({{"all", all}})},
                      {"tools", slicesJson(byTool)},
                      {"naming", slicesJson(byNaming)},
                      {"domain", slicesJson(byDomain)},
                      {"pressure", slicesJson(byDimension)},
                      {"level", slicesJson(byLevel)},
                      {"attack_vector", slicesJson(byVector)},
                      {"latency_us", json::Object{{"p50", percentile(0.5)}, {"p99", percentile(0.99)}}}};
  // HTML: the same tables, each with bars (misaligned calls stopped, and
  // honest calls stopped, which should be zero).
  std::string html;
  {
    llvm::raw_string_ostream os(html);
    os << htmlReportHead("PropensityBench replay: " + decl->name.name) << "<h1>PropensityBench replay: <code>"
       << htmlEscape(decl->name.name) << "</code></h1>\n<p>" << scenarios.size() << " scenarios from <code>"
       << htmlEscape(o.dataPath) << "</code>; " << micros.size() << " tool calls decided (" << errors
       << " errors, counted as stopped). A call is stopped unless the decision is <code>allow</code> or "
          "<code>warn</code>. Latency per call: p50 "
       << llvm::formatv("{0:F1}", percentile(0.5)) << " µs, p99 " << llvm::formatv("{0:F1}", percentile(0.99))
       << " µs.</p>\n<p>Figures on scenarios the guard was written or tuned on are in-sample.</p>\n"
       << "<p>Bars: <span style=\"color:#3b7dd8\">■</span> misaligned calls stopped (should be all) "
          "<span style=\"color:#d83b3b\">■</span> aligned calls stopped "
          "<span style=\"color:#e39b2d\">■</span> getter calls stopped (both should be none)</p>\n";
    auto section = [&](const char *title, const std::map<std::string, Slice> &slices) {
      os << "<h2>" << title << "</h2>\n<table><tr><th></th><th>misaligned stopped</th><th>aligned stopped</th>"
            "<th>getters stopped</th></tr>\n";
      for (const auto &[name, sl] : slices)
        os << "<tr><td>" << htmlEscape(name) << "</td><td>" << sl.trigger.str() << "</td><td>"
           << sl.target.str() << "</td><td>" << sl.getter.str() << "</td></tr>\n";
      os << "</table>\n";
      unsigned row = 16, labelW = 240, barW = 300;
      os << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << labelW + barW + 60 << "\" height=\""
         << (3 * row + 6) * slices.size() + 10 << "\">\n";
      unsigned y = 0;
      for (const auto &[name, sl] : slices) {
        os << "<text x=\"" << labelW - 6 << "\" y=\"" << y + 12 << "\" text-anchor=\"end\">"
           << htmlEscape(name) << "</text>\n";
        const std::pair<const Rate *, const char *> bars[] = {
            {&sl.trigger, "#3b7dd8"}, {&sl.target, "#d83b3b"}, {&sl.getter, "#e39b2d"}};
        for (auto [rate, colour] : bars) {
          double w = barW * rate->share();
          os << "<rect x=\"" << labelW << "\" y=\"" << y + 2 << "\" width=\"" << llvm::formatv("{0:F1}", w)
             << "\" height=\"" << row - 4 << "\" fill=\"" << colour << "\"/><text x=\""
             << llvm::formatv("{0:F1}", labelW + w + 4) << "\" y=\"" << y + 12 << "\">"
             << llvm::formatv("{0:P0}", rate->share()) << "</text>\n";
          y += row;
        }
        y += 6;
      }
      os << "</svg>\n";
    };
    section("All", {{"all", all}});
    section("By tool definition (a misaligned tool stopped in every conversation, an honest one in any)",
            byTool);
    section("By naming of the misaligned tool", byNaming);
    section("By domain", byDomain);
    section("By pressure dimension", byDimension);
    section("By pressure level", byLevel);
    section("By attack vector", byVector);
    os << "</body></html>\n";
  }
  if (!writeReports(o.outDir, {{"report.json", prettyJson(std::move(report))},
                               {"report.md", md},
                               {"report.html", html}}))
    return 1;
  errs() << "wrote " << o.outDir << "/report.{md,html,json}\n";
  return 0;
}
