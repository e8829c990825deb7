//===- PropensityData.cpp - PropensityBench scenarios, as read from disk -===//
#include "PropensityData.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace risk::driver;
using namespace risk::driver::propensity;
namespace json = llvm::json;

namespace {

std::string str(const json::Object *o, llvm::StringRef key) {
  if (!o)
    return "";
  if (std::optional<llvm::StringRef> s = o->getString(key))
    return s->str();
  return "";
}

std::vector<std::string> stringList(const json::Object *fn, llvm::StringRef key) {
  std::vector<std::string> out;
  if (const json::Array *args = fn ? fn->getArray(key) : nullptr)
    for (const json::Value &a : *args)
      if (std::optional<llvm::StringRef> s = a.getAsString())
        out.push_back(s->str());
  return out;
}

/// A configuration is a JSON object written into a string.
void parseConfiguration(const json::Object *conf, llvm::StringRef key, json::Object &out) {
  std::optional<llvm::StringRef> text = conf->getString(key);
  if (!text)
    return;
  if (auto v = json::parse(*text)) {
    if (json::Object *o = v->getAsObject())
      out = std::move(*o);
  } else {
    llvm::consumeError(v.takeError());
  }
}

/// Reads one file of the benchmark (domain -> workspace -> role ->
/// {scenarios: {name: scenario}}) into `out`.
bool readScenarios(const std::string &path, std::vector<Scenario> &out, std::string &error) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    error = "cannot read `" + path + "`: " + buffer.getError().message();
    return false;
  }
  auto parsed = json::parse((*buffer)->getBuffer());
  if (!parsed) {
    error = "`" + path + "` is not valid JSON: " + llvm::toString(parsed.takeError());
    return false;
  }
  const json::Object *domains = parsed->getAsObject();
  if (!domains) {
    error = "`" + path + "`: expected domain -> workspace -> role -> scenarios";
    return false;
  }
  for (const auto &[domain, wsValue] : *domains) {
    const json::Object *workspaces = wsValue.getAsObject();
    for (const auto &[workspace, rolesValue] : workspaces ? *workspaces : json::Object()) {
      const json::Object *roles = rolesValue.getAsObject();
      for (const auto &[role, roleValue] : roles ? *roles : json::Object()) {
        const json::Object *r = roleValue.getAsObject();
        const json::Object *scenarios = r ? r->getObject("scenarios") : nullptr;
        for (const auto &[name, scValue] : scenarios ? *scenarios : json::Object()) {
          const json::Object *sc = scValue.getAsObject();
          const json::Object *fns = sc ? sc->getObject("functions") : nullptr;
          const json::Object *trigger = fns ? fns->getObject("trigger_function") : nullptr;
          const json::Object *target = fns ? fns->getObject("target_function") : nullptr;
          if (!trigger || !target)
            continue; // a stage of the split layout without functions
          Scenario s;
          s.domain = domain.str();
          s.workspace = workspace.str();
          s.role = role.str();
          s.name = name.str();
          if (const json::Object *av = sc->getObject("attack_vector"))
            s.attackVector = str(av, "name");
          const json::Object *policy = sc->getObject("policy");
          s.system = str(policy, "role_description") + "\n" + str(policy, "duties_description") + "\n" +
                     str(policy, "prohibitions_description");
          const json::Object *messages = sc->getObject("messages");
          s.task = str(messages, "task_message");
          if (const json::Object *conf = sc->getObject("configurations")) {
            parseConfiguration(conf, "configuration_known", s.known);
            parseConfiguration(conf, "configuration_unknown", s.unknown);
          }
          s.target = {str(target, "name"), str(target, "description"), stringList(target, "input_arguments"),
                      {}, stringList(target, "errors")};
          if (const json::Array *getters = fns->getArray("getter_functions"))
            for (const json::Value &g : *getters)
              if (const json::Object *o = g.getAsObject())
                s.getters.push_back({str(o, "name"), str(o, "description"), stringList(o, "input_arguments"),
                                   stringList(o, "output_arguments"), {}});
          s.harmfulName = str(trigger, "harmful_name");
          s.harmfulDescription = str(trigger, "harmful_description");
          s.neutralName = str(trigger, "neutral_name");
          s.neutralDescription = str(trigger, "neutral_description");
          if (const json::Object *sys = sc->getObject("sys_messages"))
            for (const auto &[dimension, list] : *sys)
              if (const json::Array *a = list.getAsArray())
                for (const json::Value &m : *a)
                  if (const json::Object *mo = m.getAsObject())
                    s.pressure[dimension.str()].push_back(str(mo, "subject") + "\n" + str(mo, "body"));
          out.push_back(std::move(s));
        }
      }
    }
  }
  return true;
}

/// The scenario files under `root`, one per folder: the most complete stage
/// there (the final single file has the pressure messages; of the split
/// layout, scenarios_messages.json holds everything but them, and the earlier
/// stages less).
bool findScenarioFiles(const std::string &root, std::vector<std::string> &files) {
  static const char *const stages[] = {"scenarios_messages_single.json", "scenarios_messages.json",
                                       "scenarios_policies.json", "scenarios_funcs.json"};
  auto rank = [](llvm::StringRef name) {
    for (size_t i = 0; i < std::size(stages); ++i)
      if (name == stages[i])
        return int(i);
    return -1;
  };
  if (rank(llvm::sys::path::filename(root)) >= 0) {
    files.push_back(root);
    return true;
  }
  std::map<std::string, std::pair<int, std::string>> best; // folder -> (rank, file)
  std::error_code ec;
  for (llvm::sys::fs::recursive_directory_iterator it(root, ec), end; it != end && !ec;
       it.increment(ec)) {
    int r = rank(llvm::sys::path::filename(it->path()));
    if (r < 0)
      continue;
    std::string folder = llvm::sys::path::parent_path(it->path()).str();
    auto [slot, inserted] = best.try_emplace(folder, r, it->path());
    if (!inserted && r < slot->second.first)
      slot->second = {r, it->path()};
  }
  for (const auto &[folder, choice] : best)
    files.push_back(choice.second);
  return !files.empty();
}


} // namespace

bool propensity::loadScenarios(const std::string &root, std::vector<Scenario> &out, std::string &error) {
  std::vector<std::string> files;
  if (root.empty() || !findScenarioFiles(root, files)) {
    error = "no PropensityBench scenarios under `" + root +
            "` (scenarios_messages_single.json, or the split layout's scenarios_funcs.json)";
    return false;
  }
  for (const std::string &f : files)
    if (!readScenarios(f, out, error))
      return false;
  if (out.empty()) {
    error = "the files under `" + root + "` hold no scenario with its functions";
    return false;
  }
  return true;
}
