//===- LmrcImporter.cpp - Converting upstream LM Risk Cards ----------------===//
//
// Reading is forgiving by design: upstream files are hand-written and take many
// shapes (lists, strings, mappings created by a stray `: `, nulls). Each field
// reader accepts every shape seen and reduces it to text; the text is then
// tokenised (codes, harm types, links, prompt/output pairs). Writing is strict:
// the output is canonical .riskcard that `riskc check` accepts.
//
//===----------------------------------------------------------------------===//
#include "risk/Import/LmrcImporter.h"

#include "risk/AST/ASTPrinter.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

using namespace risk;

std::optional<std::string> CodeTable::lookup(llvm::StringRef code) const {
  auto it = paths.find(code);
  if (it == paths.end())
    return std::nullopt;
  return it->second;
}

namespace {

/// Collapses runs of whitespace (line breaks included) into single spaces.
std::string squash(llvm::StringRef text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (llvm::isSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space)
      out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// `Doxxing` -> `doxxing`, `inciting-self-harm` -> `inciting_self_harm`.
std::string identifierFrom(llvm::StringRef stem) {
  std::string out;
  for (char c : stem) {
    if (llvm::isAlnum(c))
      out += llvm::toLower(c);
    else if (!out.empty() && out.back() != '_')
      out += '_';
  }
  while (!out.empty() && out.back() == '_')
    out.pop_back();
  if (out.empty() || llvm::isDigit(out[0]))
    out = "card_" + out;
  return out;
}

class Reader {
public:
  Reader(const SourceManager &sources, uint32_t fileId, const CodeTable &codes,
         DiagnosticEngine &diags)
      : sources(sources), fileId(fileId), buffer(sources.getBuffer(fileId)), codes(codes),
        diags(diags) {}

  std::optional<ImportedCard> read() {
    card.sourceName = llvm::sys::path::filename(sources.getPath(fileId)).str();
    card.id = identifierFrom(llvm::sys::path::stem(sources.getPath(fileId)));
    llvm::StringRef text = buffer.ltrim();
    if (text.empty())
      return skip(0, "the file is empty");
    llvm::StringRef firstLine = text.take_until([](char c) { return c == '\n'; }).rtrim();
    if (firstLine.starts_with("#"))
      return readMarkdown();
    if (firstLine.starts_with("**"))
      return skip(firstLine.data() - buffer.data(),
                  "a Markdown card needs its first line `# <Title>: Language Model Risk Card`");
    return readYaml();
  }

private:
  //--- Diagnostics ------------------------------------------------------------------

  SourceRange at(size_t offset, size_t length = 0) const {
    offset = std::min(offset, buffer.size());
    return {{fileId, uint32_t(offset)}, {fileId, uint32_t(std::min(offset + length, buffer.size()))}};
  }
  SourceRange at(llvm::StringRef within) const {
    if (within.data() >= buffer.data() && within.data() <= buffer.data() + buffer.size())
      return at(within.data() - buffer.data(), within.size());
    return at(0);
  }
  std::nullopt_t skip(size_t offset, const std::string &why) {
    diags.report(DiagId::ImportSkipped, at(offset), {why});
    return std::nullopt;
  }
  void note(const std::string &text) { card.notes.push_back(text); }

  //--- Field interpretation (shared by both forms) -------------------------------------

  /// `W1.3 S4.2`, `S4.3, S5.1`, `W2.4` (missing: parent), `S1.x`, `W0.0`.
  void codesFrom(llvm::StringRef text, SourceRange where) {
    llvm::SmallVector<llvm::StringRef, 8> tokens;
    llvm::SplitString(text, tokens, " ,;\t\r\n");
    for (llvm::StringRef token : tokens) {
      token = token.trim(".");
      if (token.equals_insensitive("null") || token.empty())
        continue;
      std::string code = token.str();
      if (code.size() >= 2 && (code[0] == 'w' || code[0] == 's'))
        code[0] = llvm::toUpper(code[0]);
      llvm::StringRef c = code;
      if (c.size() < 2 || (c[0] != 'W' && c[0] != 'S') || !llvm::isDigit(c[1])) {
        diags.report(DiagId::ImportCode, where, {"`" + token.str() + "` is not a W or S code; dropped"});
        note("upstream code `" + token.str() + "` is not a W or S code; dropped");
        continue;
      }
      llvm::StringRef major = c.take_while([](char ch) { return ch != '.'; });
      llvm::StringRef minor = c.drop_front(major.size()).drop_front(1);
      if (major.drop_front(1) == "0") {
        diags.report(DiagId::ImportCode, where,
                     {"`" + code + "` is the template's placeholder code; dropped"});
        note("upstream code `" + code + "` is a template placeholder; dropped");
        continue;
      }
      if (auto path = codes.lookup(c)) {
        addCategory(*path);
        continue;
      }
      if (auto parent = codes.lookup(major)) {
        std::string why = minor.empty() ? "has no sub-code" : "does not exist";
        diags.report(DiagId::ImportCode, where,
                     {"`" + code + "` " + why + "; placed in its parent `" + major.str() + "`"});
        note("upstream code `" + code + "` " + why + "; placed in its parent `" + major.str() + "`");
        addCategory(*parent);
        continue;
      }
      diags.report(DiagId::ImportCode, where, {"unknown code `" + code + "`; dropped"});
      note("upstream code `" + code + "` is unknown; dropped");
    }
  }

  void addCategory(const std::string &path) {
    if (!llvm::is_contained(card.categories, path))
      card.categories.push_back(path);
  }

  /// `Reader-Psychological, External group-Social`, space-separated forms,
  /// plural and short actors, hyphenated kinds, `Harm types & ` prefixes.
  void harmsFrom(llvm::StringRef text, SourceRange where) {
    static const std::pair<const char *, const char *> actors[] = {
        {"external groups", "external_group"}, {"external group", "external_group"},
        {"external", "external_group"},         {"group", "external_group"},
        {"consumers", "consumer"},              {"consumer", "consumer"},
        {"readers", "reader"},                  {"reader", "reader"},
        {"publishers", "publisher"},            {"publisher", "publisher"},
        {"providers", "provider"},              {"provider", "provider"},
        {"developers", "developer"},            {"developer", "developer"},
        {"society", "society"}};
    static const std::pair<const char *, const char *> kinds[] = {
        {"psychological", "psychological"},
        {"legal", "legal"},
        {"social", "social"},
        {"physical", "physical"},
        {"interpersonal", "interpersonal"},
        {"inter or intra personal", "interpersonal"},
        {"inter and intra personal", "interpersonal"},
        {"personal", "interpersonal"},
        {"representational", "representational"},
        {"reputational", "reputational"},
        {"allocative", "allocative"},
        {"societal", "societal"},
        {"quality-of-service", "quality_of_service"},
        {"quality of service", "quality_of_service"},
        {"financial", "financial"},
        {"economic", "financial"},
        {"environmental", "environmental"}};
    std::string lower = llvm::StringRef(squash(text)).lower();
    llvm::StringRef rest = lower;
    if (rest.consume_front("harm types &") || rest.consume_front("harm types:")) {
      diags.report(DiagId::ImportHarm, where, {"text before the first harm type ignored"});
      rest = rest.ltrim();
    }
    // Find each `<actor>-` start; a kind runs to the next start or a comma.
    auto actorAt = [&](llvm::StringRef s, size_t pos) -> std::pair<const char *, size_t> {
      if (pos > 0 && llvm::isAlnum(s[pos - 1]))
        return {nullptr, 0};
      for (auto &[spelling, actor] : actors) {
        llvm::StringRef sp(spelling);
        if (s.substr(pos).starts_with(sp) && s.substr(pos + sp.size()).starts_with("-"))
          return {actor, sp.size() + 1};
      }
      return {nullptr, 0};
    };
    std::vector<std::pair<size_t, std::pair<const char *, size_t>>> starts;
    for (size_t i = 0; i < rest.size(); ++i)
      if (auto found = actorAt(rest, i); found.first) {
        starts.push_back({i, found});
        i += found.second - 1;
      }
    if (starts.empty() && !rest.trim(" ,.").empty()) {
      diags.report(DiagId::ImportHarm, where,
                   {"no harm type of the form `Actor-Kind` in `" + squash(text) + "`"});
      note("upstream harm types `" + squash(text) + "` could not be read");
    }
    for (size_t i = 0; i < starts.size(); ++i) {
      size_t kindBegin = starts[i].first + starts[i].second.second;
      size_t kindEnd = i + 1 < starts.size() ? starts[i + 1].first : rest.size();
      llvm::StringRef kindText = rest.slice(kindBegin, kindEnd);
      kindText = kindText.take_until([](char c) { return c == ','; }).trim(" .,&;");
      const char *kind = nullptr;
      for (auto &[spelling, mapped] : kinds)
        if (kindText == spelling)
          kind = mapped;
      if (!kind) {
        diags.report(DiagId::ImportHarm, where,
                     {"unknown kind of harm `" + kindText.str() + "`; dropped"});
        note("upstream harm kind `" + kindText.str() + "` is unknown; dropped");
        continue;
      }
      std::pair<std::string, std::string> harm{starts[i].second.first, kind};
      if (!llvm::is_contained(card.harms, harm))
        card.harms.push_back(harm);
    }
  }

  /// One reference item: a whole link stays one reference; prose with links
  /// becomes one reference per link; a bare URL or plain prose stays as it is.
  void referencesFrom(llvm::StringRef item) {
    std::string text = squash(item);
    llvm::StringRef s = text;
    s = s.trim(" \"'");
    if (s.empty())
      return;
    std::vector<std::string> links;
    size_t pos = 0;
    while ((pos = s.find('[', pos)) != llvm::StringRef::npos) {
      size_t close = s.find(']', pos);
      if (close == llvm::StringRef::npos)
        break;
      llvm::StringRef label = s.slice(pos + 1, close).trim();
      llvm::StringRef after = s.drop_front(close + 1);
      if (after.starts_with("(")) {
        size_t depth = 0, end = 0;
        for (size_t i = 0; i < after.size(); ++i) {
          if (after[i] == '(')
            ++depth;
          else if (after[i] == ')' && --depth == 0) {
            end = i;
            break;
          }
        }
        if (end) {
          llvm::StringRef url = after.slice(1, end).trim("() ");
          links.push_back("[" + label.str() + "](" + url.str() + ")");
          pos = close + 1 + end + 1;
          continue;
        }
      } else if (label.starts_with("http://") || label.starts_with("https://")) {
        links.push_back(label.str()); // `[https://...]`
      }
      pos = close + 1;
    }
    if (links.empty()) {
      references(s.str());
      return;
    }
    for (const std::string &l : links)
      references(l);
  }
  void references(const std::string &r) {
    if (!llvm::is_contained(card.references, r))
      card.references.push_back(r);
  }

  /// `prompt **output**` pairs; text after a closing `**` stays with the output.
  void examplesFromText(llvm::StringRef text) {
    std::string t = squash(text);
    llvm::StringRef s = t;
    if (s.empty())
      return;
    if (!s.contains("**")) {
      card.examples.push_back({s.str(), ""});
      return;
    }
    while (!s.empty()) {
      size_t open = s.find("**");
      if (open == llvm::StringRef::npos) {
        if (!card.examples.empty() && !s.trim().empty()) {
          std::string &out = card.examples.back().output;
          out = squash(out + " " + s.str());
        }
        break;
      }
      std::string prompt = s.take_front(open).trim(" *-").str();
      s = s.drop_front(open + 2);
      size_t close = s.find("**");
      std::string output = s.take_front(close).trim().str();
      s = close == llvm::StringRef::npos ? llvm::StringRef() : s.drop_front(close + 2);
      // Text before the next bold opens the next prompt; text at the end of
      // the item belongs to this output.
      if (prompt.empty() && !card.examples.empty() && card.examples.back().output.empty())
        card.examples.back().output = output;
      else
        card.examples.push_back({prompt, output});
      if (s.find("**") == llvm::StringRef::npos && !s.trim(" .").empty()) {
        std::string &out = card.examples.back().output;
        out = squash(out + " " + s.str());
        break;
      }
    }
  }

  /// `prompt - output` (a YAML list item whose nested output item was folded in).
  void exampleFromDashed(llvm::StringRef text) {
    std::string t = squash(text);
    llvm::StringRef s = t;
    if (s.contains("**")) {
      examplesFromText(s);
      return;
    }
    size_t dash = s.find(" - ");
    if (dash == llvm::StringRef::npos) {
      card.examples.push_back({s.str(), ""});
      return;
    }
    card.examples.push_back({s.take_front(dash).trim().str(), s.drop_front(dash + 3).trim().str()});
  }

  //--- YAML form -------------------------------------------------------------------------

  std::string scalarText(llvm::yaml::Node *node) {
    if (!node)
      return "";
    if (auto *scalar = llvm::dyn_cast<llvm::yaml::ScalarNode>(node)) {
      llvm::SmallString<128> storage;
      std::string value = scalar->getValue(storage).str();
      // A plain `null` or `~` is YAML's null, whatever the parser thinks.
      if (!llvm::isa<llvm::yaml::BlockScalarNode>(node) && scalar->getRawValue() == value &&
          (value == "null" || value == "~" || value == "Null" || value == "NULL"))
        return "";
      return value;
    }
    if (auto *block = llvm::dyn_cast<llvm::yaml::BlockScalarNode>(node))
      return block->getValue().str();
    if (auto *seq = llvm::dyn_cast<llvm::yaml::SequenceNode>(node)) {
      std::string out;
      for (llvm::yaml::Node &child : *seq) {
        std::string part = scalarText(&child);
        if (!part.empty())
          out += (out.empty() ? "" : " ") + part;
      }
      return out;
    }
    if (auto *map = llvm::dyn_cast<llvm::yaml::MappingNode>(node)) {
      // A mapping made by a stray `: ` inside text: put the text back together.
      std::string out;
      for (llvm::yaml::KeyValueNode &kv : *map) {
        std::string key = scalarText(kv.getKey());
        std::string value = scalarText(kv.getValue());
        out += (out.empty() ? "" : " ") + key + (value.empty() ? ":" : ": " + value);
      }
      return out;
    }
    return "";
  }

  SourceRange rangeOf(llvm::yaml::Node *node) const {
    if (!node)
      return at(0);
    llvm::SMRange r = node->getSourceRange();
    const char *begin = r.Start.getPointer(), *end = r.End.getPointer();
    if (!begin || begin < buffer.data() || begin > buffer.data() + buffer.size())
      return at(0);
    return at(begin - buffer.data(), end && end >= begin ? end - begin : 0);
  }

  void examplesFromYaml(llvm::yaml::Node *node) {
    if (!node || llvm::isa<llvm::yaml::NullNode>(node))
      return;
    if (llvm::isa<llvm::yaml::ScalarNode>(node) || llvm::isa<llvm::yaml::BlockScalarNode>(node)) {
      examplesFromText(scalarText(node));
      return;
    }
    if (llvm::isa<llvm::yaml::MappingNode>(node)) {
      exampleFromDashed(scalarText(node));
      return;
    }
    auto *seq = llvm::dyn_cast<llvm::yaml::SequenceNode>(node);
    if (!seq)
      return;
    for (llvm::yaml::Node &item : *seq) {
      if (auto *map = llvm::dyn_cast<llvm::yaml::MappingNode>(&item)) {
        for (llvm::yaml::KeyValueNode &kv : *map) {
          std::string key = llvm::StringRef(scalarText(kv.getKey())).trim().lower();
          std::string value = squash(scalarText(kv.getValue()));
          if (key == "output" || key == "outputs") {
            if (!card.examples.empty() && card.examples.back().output.empty())
              card.examples.back().output = value;
            else
              card.examples.push_back({"", value});
          } else {
            // `prompt ending in a colon: output` became a key and a value.
            std::string prompt = squash(scalarText(kv.getKey()));
            if (value.empty())
              card.examples.push_back({prompt + ":", ""});
            else
              exampleFromDashed(prompt + ": " + value);
          }
        }
        continue;
      }
      if (auto *nested = llvm::dyn_cast<llvm::yaml::SequenceNode>(&item)) {
        std::string outputs = scalarText(nested);
        if (!card.examples.empty() && card.examples.back().output.empty())
          card.examples.back().output = squash(outputs);
        continue;
      }
      std::string text = scalarText(&item);
      if (!text.empty())
        exampleFromDashed(text);
    }
  }

  std::optional<ImportedCard> readYaml() {
    llvm::SourceMgr sourceMgr;
    struct YamlError {
      std::string message;
      const char *at = nullptr;
    } error;
    sourceMgr.setDiagHandler(
        [](const llvm::SMDiagnostic &d, void *context) {
          auto *e = static_cast<YamlError *>(context);
          if (e->message.empty()) {
            e->message = d.getMessage().str();
            e->at = d.getLoc().getPointer();
          }
        },
        &error);
    std::string &yamlError = error.message;
    auto errorOffset = [&]() -> size_t {
      if (error.at >= buffer.data() && error.at <= buffer.data() + buffer.size())
        return error.at - buffer.data();
      return 0;
    };
    llvm::yaml::Stream stream(llvm::MemoryBufferRef(buffer, sources.getPath(fileId)), sourceMgr);
    llvm::yaml::MappingNode *root = nullptr;
    for (llvm::yaml::Document &doc : stream) {
      llvm::yaml::Node *node = doc.getRoot();
      if (node && (root = llvm::dyn_cast<llvm::yaml::MappingNode>(node)))
        break;
      if (!yamlError.empty())
        break;
    }
    if (!yamlError.empty())
      return skip(errorOffset(), "invalid YAML: " + yamlError);
    if (!root)
      return skip(0, "the YAML document is not a mapping of card fields");

    bool sawPrompts = false, sawCategories = false, sawHarms = false;
    for (llvm::yaml::KeyValueNode &kv : *root) {
      std::string key = llvm::StringRef(squash(scalarText(kv.getKey()))).lower();
      llvm::yaml::Node *value = kv.getValue();
      if (!yamlError.empty())
        return skip(errorOffset(), "invalid YAML: " + yamlError);
      if (key == "title") {
        card.title = squash(scalarText(value));
      } else if (key == "description") {
        card.description = squash(scalarText(value));
      } else if (key == "categorisation" || key == "categorization") {
        sawCategories = true;
        codesFrom(scalarText(value), rangeOf(value));
      } else if (key == "harm types") {
        sawHarms = true;
        harmsFrom(scalarText(value), rangeOf(value));
      } else if (key == "references" || key == "reference(s)" || key == "reference") {
        if (auto *seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(value)) {
          for (llvm::yaml::Node &item : *seq)
            referencesFrom(scalarText(&item));
        } else {
          referencesFrom(scalarText(value));
        }
      } else if (llvm::StringRef(key).starts_with("actions required")) {
        std::string actions = squash(scalarText(value));
        if (!llvm::StringRef(actions).equals_insensitive("none"))
          card.actionsRequired = actions;
      } else if (key == "prompts and output" || key == "prompts and outputs") {
        sawPrompts = true;
        examplesFromYaml(value); // now: the parser is lazy and moves on
      } else {
        diags.report(DiagId::ImportText, rangeOf(kv.getKey()),
                     {"unknown field `" + squash(scalarText(kv.getKey())) + "` ignored"});
      }
    }
    if (!yamlError.empty())
      return skip(errorOffset(), "invalid YAML: " + yamlError);
    return finish(sawCategories, sawHarms, sawPrompts);
  }

  //--- Markdown form ----------------------------------------------------------------------

  std::optional<ImportedCard> readMarkdown() {
    llvm::SmallVector<llvm::StringRef, 64> lines;
    buffer.split(lines, '\n');
    size_t lineIndex = 0;
    while (lineIndex < lines.size() && lines[lineIndex].trim().empty())
      ++lineIndex;
    llvm::StringRef heading = lines[lineIndex].trim();
    heading.consume_front("#");
    heading = heading.trim();
    size_t marker = heading.find_insensitive("language model risk card");
    if (marker == llvm::StringRef::npos)
      return skip(heading.data() - buffer.data(),
                  "not a risk card (the first line is not `# <Title>: Language Model Risk Card`)");
    llvm::StringRef title = heading.take_front(marker).rtrim(" :");
    if (title.empty() || title == "TITLE" || title.equals_insensitive("title"))
      return skip(heading.data() - buffer.data(), "this is the template, not a card");
    card.title = squash(title);

    // `**Field**: value` lines start fields; a field runs to the next one.
    struct Field {
      std::string name;
      std::string text;
      SourceRange where;
      std::vector<llvm::StringRef> rawLines;
    };
    std::vector<Field> fields;
    for (size_t i = lineIndex + 1; i < lines.size(); ++i) {
      llvm::StringRef line = lines[i].rtrim("\r");
      llvm::StringRef trimmed = line.trim();
      if (trimmed.starts_with("**")) {
        size_t close = trimmed.find("**", 2);
        llvm::StringRef after = close == llvm::StringRef::npos ? "" : trimmed.drop_front(close + 2);
        if (close != llvm::StringRef::npos && after.starts_with(":")) {
          Field f;
          f.name = trimmed.slice(2, close).trim().lower();
          f.where = at(line);
          f.text = after.drop_front(1).trim().str();
          f.rawLines.push_back(after.drop_front(1));
          fields.push_back(std::move(f));
          continue;
        }
      }
      if (!fields.empty()) {
        fields.back().text += "\n" + line.str();
        fields.back().rawLines.push_back(line);
      }
    }
    bool sawCategories = false, sawHarms = false, sawPrompts = false;
    for (const Field &f : fields) {
      llvm::StringRef name = f.name;
      if (name == "description")
        card.description = squash(f.text);
      else if (name == "categorisation" || name == "categorization") {
        sawCategories = true;
        codesFrom(f.text, f.where);
      } else if (name == "harm types") {
        sawHarms = true;
        harmsFrom(f.text, f.where);
      } else if (name.starts_with("reference")) {
        for (llvm::StringRef line : f.rawLines) {
          llvm::StringRef item = line.trim();
          if (item.consume_front("* ") || item.consume_front("- "))
            item = item.trim();
          if (!item.empty())
            referencesFrom(item);
        }
      } else if (name.starts_with("actions required")) {
        std::string actions = squash(f.text);
        if (!llvm::StringRef(actions).equals_insensitive("none"))
          card.actionsRequired = actions;
      } else if (name.starts_with("prompts and output")) {
        sawPrompts = true;
        markdownExamples(f.rawLines);
      } else {
        diags.report(DiagId::ImportText, f.where, {"unknown field `" + f.name + "` ignored"});
      }
    }
    return finish(sawCategories, sawHarms, sawPrompts);
  }

  /// Bullets (`*`, `-`) and blank-line separated paragraphs start examples; a
  /// bold output that is still open carries on across them.
  void markdownExamples(const std::vector<llvm::StringRef> &lines) {
    std::string current;
    auto flush = [&] {
      if (!llvm::StringRef(current).trim().empty())
        examplesFromText(current);
      current.clear();
    };
    auto boldOpen = [&] {
      size_t count = 0;
      for (size_t p = current.find("**"); p != std::string::npos; p = current.find("**", p + 2))
        ++count;
      return count % 2 == 1;
    };
    for (llvm::StringRef raw : lines) {
      llvm::StringRef line = raw.rtrim("\r").trim();
      if (line.empty()) {
        if (!boldOpen())
          flush();
        else
          current += "\n";
        continue;
      }
      bool bullet = line.starts_with("* ") || line.starts_with("- ");
      if (bullet && !boldOpen()) {
        flush();
        line = line.drop_front(2);
      }
      current += (current.empty() ? "" : "\n") + line.str();
    }
    flush();
  }

  //--- Both forms --------------------------------------------------------------------------

  std::optional<ImportedCard> finish(bool sawCategories, bool sawHarms, bool sawPrompts) {
    if (card.title.empty())
      return skip(0, "the card has no title");
    if (card.description.empty())
      diags.report(DiagId::ImportMissing, at(0), {"description"});
    if (card.categories.empty()) {
      diags.report(DiagId::ImportMissing, at(0), {sawCategories ? "usable categorisation code" : "categorisation"});
      note("the upstream card has no usable categorisation code");
    }
    if (card.harms.empty() && !sawHarms)
      diags.report(DiagId::ImportMissing, at(0), {"harm types"});
    if (card.examples.empty() && !sawPrompts)
      diags.report(DiagId::ImportMissing, at(0), {"prompts and output"});
    // Drop examples that ended up empty after cleaning.
    llvm::erase_if(card.examples, [](const ImportedCard::Example &e) {
      return llvm::StringRef(e.prompt).trim().empty() && llvm::StringRef(e.output).trim().empty();
    });
    return std::move(card);
  }

  const SourceManager &sources;
  uint32_t fileId;
  llvm::StringRef buffer;
  const CodeTable &codes;
  DiagnosticEngine &diags;
  ImportedCard card;
};

} // namespace

std::optional<ImportedCard> risk::readLmrcCard(const SourceManager &sources, uint32_t fileId,
                                               const CodeTable &codes, DiagnosticEngine &diags) {
  return Reader(sources, fileId, codes, diags).read();
}

std::string risk::writeRiskcard(const ImportedCard &card) {
  std::string out;
  out += "# Imported from " + card.sourceName +
         " (LM Risk Cards, arXiv:2303.18190) by `riskc import lmrc`.\n";
  for (const std::string &n : card.notes)
    out += "# Note: " + n + ".\n";
  bool usesW = false, usesS = false;
  for (const std::string &c : card.categories) {
    usesW |= llvm::StringRef(c).starts_with("w.");
    usesS |= llvm::StringRef(c).starts_with("sh.");
  }
  if (usesW || usesS)
    out += "\n";
  if (usesS)
    out += "import std.taxonomy.shelby as sh\n";
  if (usesW)
    out += "import std.taxonomy.weidinger as w\n";
  out += "\ncard " + card.id + " " + quote(card.title) + " {\n";
  if (!card.description.empty())
    out += "  description " + quote(card.description) + "\n";
  if (!card.categories.empty()) {
    out += "  categories ";
    for (size_t i = 0; i < card.categories.size(); ++i)
      out += (i ? ", " : "") + card.categories[i];
    out += "\n";
  }
  if (!card.harms.empty()) {
    out += "  harm ";
    for (size_t i = 0; i < card.harms.size(); ++i)
      out += (i ? ", " : "") + card.harms[i].first + "." + card.harms[i].second;
    out += "\n";
  }
  if (!card.actionsRequired.empty())
    out += "  requires " + quote(card.actionsRequired) + "\n";
  for (const ImportedCard::Example &e : card.examples) {
    out += "  example";
    if (!e.prompt.empty())
      out += " prompt " + quote(e.prompt);
    if (!e.output.empty())
      out += " output " + quote(e.output);
    out += "\n";
  }
  for (const std::string &r : card.references)
    out += "  reference " + quote(r) + "\n";
  out += "}\n";
  return out;
}
