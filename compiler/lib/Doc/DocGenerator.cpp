//===- DocGenerator.cpp - Cards and taxonomies as documentation ------------===//
//
// The site is plain HTML and CSS with one small script for the search box; it
// works from file:// as well as from a web server. Every internal link is
// relative. Pages:
//   index.html                 taxonomies with card counts, all cards, search
//   taxonomy/<name>.html       the category tree, cards under each category
//   card/<slug>.html           one card, its categories in every taxonomy
//   md/<slug>.md               the card as Markdown
//   riskcards.json             everything, as data
//   riskcards.schema.json      the JSON Schema riskcards.json conforms to
//
//===----------------------------------------------------------------------===//
#include "risk/Doc/DocGenerator.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace risk;
namespace fs = llvm::sys::fs;

namespace {

std::string html(llvm::StringRef text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

/// Text with line breaks kept.
std::string htmlParagraphs(llvm::StringRef text) {
  std::string out;
  llvm::SmallVector<llvm::StringRef, 8> paragraphs;
  text.split(paragraphs, "\n\n");
  for (llvm::StringRef p : paragraphs) {
    std::string escaped = html(p.trim());
    std::string withBreaks;
    for (char c : escaped)
      withBreaks += c == '\n' ? std::string("<br>") : std::string(1, c);
    out += "<p>" + withBreaks + "</p>\n";
  }
  return out;
}

/// The address a reference points to, if it names one: a URL, `arXiv:ID`,
/// `doi:ID`, or a Markdown link `[text](url)`.
std::pair<std::string, std::string> referenceLink(llvm::StringRef ref) {
  ref = ref.trim();
  if (ref.starts_with("[")) {
    size_t mid = ref.find("](");
    if (mid != llvm::StringRef::npos && ref.ends_with(")"))
      return {ref.slice(1, mid).str(), ref.slice(mid + 2, ref.size() - 1).str()};
  }
  if (ref.starts_with("http://") || ref.starts_with("https://"))
    return {ref.str(), ref.str()};
  if (ref.starts_with_insensitive("arxiv:"))
    return {ref.str(), "https://arxiv.org/abs/" + ref.drop_front(6).trim().str()};
  if (ref.starts_with_insensitive("doi:"))
    return {ref.str(), "https://doi.org/" + ref.drop_front(4).trim().str()};
  return {ref.str(), ""};
}

std::string referenceHtml(llvm::StringRef ref) {
  auto [text, url] = referenceLink(ref);
  if (url.empty())
    return html(text);
  return "<a href=\"" + html(url) + "\" rel=\"noopener\">" + html(text) + "</a>";
}

std::string referenceMarkdown(llvm::StringRef ref) {
  auto [text, url] = referenceLink(ref);
  return url.empty() || text == url ? (url.empty() ? text : "<" + url + ">")
                                    : "[" + text + "](" + url + ")";
}

const char *const styleSheet = R"css(:root {
  --fg: #1d2330; --muted: #5b6474; --line: #dde1e8; --accent: #1f5fbf; --bg: #ffffff;
  --soft: #f4f6fa; --low: #3b7d3b; --medium: #a06a00; --high: #b53d1e; --critical: #8a1238;
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--fg); background: var(--bg); }
header { background: #17213a; color: #fff; padding: 0.7rem 1.5rem; display: flex;
         align-items: center; gap: 1.5rem; flex-wrap: wrap; }
header a { color: #fff; text-decoration: none; font-weight: 600; }
header nav { display: flex; gap: 1rem; }
header form { margin-left: auto; }
header input, #filter { padding: 0.35rem 0.6rem; border-radius: 4px; border: 1px solid var(--line);
                        font: inherit; min-width: 16rem; }
main { max-width: 68rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
code, .path { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 0.9em; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 0.5rem; border-radius: 999px; font-size: 0.8rem;
         font-weight: 600; color: #fff; background: var(--muted); }
.sev-low { background: var(--low); } .sev-medium { background: var(--medium); }
.sev-high { background: var(--high); } .sev-critical { background: var(--critical); }
.act { font-family: ui-monospace, monospace; font-weight: 600; }
.act-allow { color: var(--low); } .act-block, .act-error { color: var(--high); }
.act-warn, .act-guide, .act-redact, .act-escalate { color: var(--medium); }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.2rem; margin: 0; }
ul.tree { padding-left: 0; }
ul.tree li { margin: 0.25rem 0; }
.count { display: inline-block; min-width: 1.6rem; text-align: center; border-radius: 4px;
         background: var(--soft); border: 1px solid var(--line); font-size: 0.8rem; margin-right: 0.4rem; }
.count.zero { color: var(--muted); }
.cards-under { font-size: 0.85rem; margin-left: 2.2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
.example { border-left: 3px solid var(--line); padding: 0.3rem 0.8rem; margin: 0.6rem 0; background: var(--soft); }
.example .label { font-size: 0.75rem; text-transform: uppercase; color: var(--muted); letter-spacing: 0.04em; }
#no-results { display: none; }
footer { max-width: 68rem; margin: 2rem auto; padding: 0 1.5rem; color: var(--muted); font-size: 0.85rem; }
)css";

/// Filters the rows of the card table on the index page; the header form of
/// every page sends `?q=` here.
const char *const searchScript = R"js((function () {
  'use strict';
  var input = document.getElementById('filter');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#cards tbody tr'));
  var empty = document.getElementById('no-results');
  var counter = document.getElementById('shown');
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-search');
      var hit = words.every(function (w) { return text.indexOf(w) !== -1; });
      row.style.display = hit ? '' : 'none';
      if (hit) shown++;
    });
    empty.style.display = shown ? 'none' : 'block';
    counter.textContent = String(shown);
  }
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) input.value = query;
  input.addEventListener('input', apply);
  apply();
})();
)js";

class Generator {
public:
  Generator(const Program &program, const Sema &sema, const DocOptions &options)
      : program(program), sema(sema), options(options) {}

  llvm::Expected<DocSummary> run() {
    collect();
    for (const char *dir : {"", "taxonomy", "card", "md"}) {
      llvm::SmallString<256> path(options.outputDir);
      llvm::sys::path::append(path, dir);
      if (std::error_code ec = fs::create_directories(path))
        return llvm::createStringError(ec, "cannot create `%s`: %s", path.c_str(),
                                       ec.message().c_str());
    }
    if (auto err = write("style.css", styleSheet))
      return std::move(err);
    if (auto err = write("search.js", searchScript))
      return std::move(err);
    if (auto err = write("index.html", indexPage()))
      return std::move(err);
    for (const TaxonomyDecl *t : taxonomies)
      if (auto err = write("taxonomy/" + t->name.name + ".html", taxonomyPage(*t)))
        return std::move(err);
    for (const CardDecl *c : cards) {
      if (auto err = write("card/" + slugs[c] + ".html", cardPage(*c)))
        return std::move(err);
      if (auto err = write("md/" + slugs[c] + ".md", cardMarkdown(*c)))
        return std::move(err);
    }
    if (auto err = write("riskcards.json", renderJson()))
      return std::move(err);
    if (auto err = write("riskcards.schema.json", getDocJsonSchema().str()))
      return std::move(err);
    return DocSummary{written, unsigned(cards.size()), unsigned(taxonomies.size())};
  }

  /// riskcards.json alone.
  std::string json() {
    collect();
    return renderJson();
  }

private:
  //--- What goes on the site -------------------------------------------------

  std::string renderJson() {
    std::string json;
    llvm::raw_string_ostream os(json);
    os << llvm::formatv("{0:2}", jsonDocument()) << "\n";
    return json;
  }

  void collect() {
    // Every card and taxonomy of the program: the files named and what they import.
    for (const CardDecl *c : sema.getCards())
      if (!c->module->hasSyntaxErrors)
        cards.push_back(c);
    llvm::sort(cards, [](const CardDecl *a, const CardDecl *b) {
      return a->name.name < b->name.name;
    });
    llvm::StringMap<unsigned> uses;
    for (const CardDecl *c : cards)
      ++uses[c->name.name];
    for (const CardDecl *c : cards)
      slugs[c] = uses[c->name.name] > 1 ? c->module->name + "." + c->name.name : c->name.name;
    // Taxonomies of the files named, and every taxonomy a card reaches.
    llvm::DenseSet<const TaxonomyDecl *> reachedTaxonomies;
    for (const CardDecl *c : cards)
      for (CategoryDecl *direct : sema.getCardCategories(c)) {
        reachedTaxonomies.insert(direct->taxonomy);
        for (CategoryDecl *mapped : sema.getMappedCategories(direct))
          reachedTaxonomies.insert(mapped->taxonomy);
      }
    for (const TaxonomyDecl *t : sema.getTaxonomies())
      if (!t->module->hasSyntaxErrors &&
          (reachedTaxonomies.count(t) || llvm::is_contained(program.roots, t->module)))
        taxonomies.push_back(t);
    // A card counts under every category it reaches: its own, the ones they
    // map to, and all their ancestors.
    for (const CardDecl *c : cards) {
      llvm::SetVector<const CategoryDecl *> reached;
      for (CategoryDecl *direct : sema.getCardCategories(c)) {
        reached.insert(direct);
        for (CategoryDecl *mapped : sema.getMappedCategories(direct))
          reached.insert(mapped);
      }
      llvm::DenseSet<const CategoryDecl *> counted;
      for (const CategoryDecl *r : reached)
        for (const CategoryDecl *a = r; a; a = a->parent)
          if (counted.insert(a).second)
            under[a].push_back(c);
      for (const CategoryDecl *r : reached)
        reachedBy[c].push_back(r);
      for (const CategoryDecl *r : reached)
        directlyIn[r].push_back(c);
    }
  }

  llvm::Error write(const std::string &relative, const std::string &contents) {
    llvm::SmallString<256> path(options.outputDir);
    llvm::sys::path::append(path, relative);
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    if (ec)
      return llvm::createStringError(ec, "cannot write `%s`: %s", path.c_str(),
                                     ec.message().c_str());
    os << contents;
    ++written;
    return llvm::Error::success();
  }

  //--- Page frame ----------------------------------------------------------------

  std::string page(const std::string &title, const std::string &root, const std::string &body,
                   const std::string &scripts = "") {
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html(title) + " · " + html(options.siteTitle) + "</title>\n";
    out += "<link rel=\"stylesheet\" href=\"" + root + "style.css\">\n</head>\n<body>\n";
    out += "<header><a href=\"" + root + "index.html\">" + html(options.siteTitle) + "</a>\n";
    out += "<nav><a href=\"" + root + "index.html#taxonomies\">Taxonomies</a>";
    out += "<a href=\"" + root + "index.html#all-cards\">Cards</a></nav>\n";
    out += "<form action=\"" + root + "index.html\" method=\"get\" role=\"search\">"
           "<input name=\"q\" type=\"search\" placeholder=\"Search cards\" aria-label=\"Search cards\">"
           "</form></header>\n";
    out += "<main>\n" + body + "</main>\n";
    out += "<footer>Generated by riskc doc from " + std::to_string(cards.size()) + " cards and " +
           std::to_string(taxonomies.size()) + " taxonomies.</footer>\n";
    out += scripts + "</body>\n</html>\n";
    return out;
  }

  std::string cardLink(const CardDecl &c, const std::string &root) {
    return "<a href=\"" + root + "card/" + html(slugs[&c]) + ".html\">" +
           html(c.title ? c.title->value : c.name.name) + "</a>";
  }

  std::string categoryAnchor(const CategoryDecl &c) { return "cat-" + c.path(); }

  std::string categoryLink(const CategoryDecl &c, const std::string &root) {
    return "<a class=\"path\" href=\"" + root + "taxonomy/" + html(c.taxonomy->name.name) +
           ".html#" + html(categoryAnchor(c)) + "\">" + html(c.qualifiedPath()) + "</a>";
  }

  static std::string severityOf(const CardDecl &c) {
    return c.severities.empty() ? "" : c.severities.front().name;
  }

  std::string severityBadge(const CardDecl &c) {
    std::string s = severityOf(c);
    if (s.empty())
      return "";
    return "<span class=\"badge sev-" + html(s) + "\">" + html(s) + "</span>";
  }

  //--- Pages -----------------------------------------------------------------------

  std::string indexPage() {
    std::string body = "<h1>" + html(options.siteTitle) + "</h1>\n";
    body += "<p class=\"muted\">" + std::to_string(cards.size()) + " risk cards placed in " +
            std::to_string(taxonomies.size()) + " taxonomies.</p>\n";
    body += "<h2 id=\"taxonomies\">Taxonomies</h2>\n<table>\n<thead><tr><th>Taxonomy</th>"
            "<th>Categories</th><th>Cards</th></tr></thead>\n<tbody>\n";
    for (const TaxonomyDecl *t : taxonomies) {
      unsigned categories = 0;
      t->walk([&](CategoryDecl *) { ++categories; });
      llvm::DenseSet<const CardDecl *> cardsIn;
      for (const auto &c : t->categories)
        for (const CardDecl *card : under.lookup(c.get()))
          cardsIn.insert(card);
      body += "<tr><td><a href=\"taxonomy/" + html(t->name.name) + ".html\">" +
              html(t->title ? t->title->value : t->name.name) + "</a> <code>" +
              html(t->name.name) + "</code></td><td>" + std::to_string(categories) +
              "</td><td>" + std::to_string(cardsIn.size()) + "</td></tr>\n";
    }
    body += "</tbody>\n</table>\n";
    body += "<h2 id=\"all-cards\">Cards (<span id=\"shown\">" + std::to_string(cards.size()) +
            "</span>)</h2>\n";
    body += "<p><input id=\"filter\" type=\"search\" placeholder=\"Filter by title, category, "
            "text…\" aria-label=\"Filter cards\"></p>\n";
    body += "<table id=\"cards\">\n<thead><tr><th>Card</th><th>Severity</th><th>Categories</th>"
            "</tr></thead>\n<tbody>\n";
    for (const CardDecl *c : cards) {
      std::string search = c->name.name + " " + (c->title ? c->title->value : "") + " " +
                           severityOf(*c);
      for (const TextLit &d : c->descriptions)
        search += " " + d.value;
      std::string categories;
      for (CategoryDecl *cat : sema.getCardCategories(c)) {
        search += " " + cat->qualifiedPath() + " " + cat->displayTitle().str();
        categories += categoryLink(*cat, "") + "<br>";
      }
      body += "<tr data-search=\"" + html(llvm::StringRef(search).lower()) + "\"><td>" +
              cardLink(*c, "") + "<br><code class=\"muted\">" + html(c->name.name) +
              "</code></td><td>" + severityBadge(*c) + "</td><td>" + categories + "</td></tr>\n";
    }
    body += "</tbody>\n</table>\n<p id=\"no-results\" class=\"muted\">No card matches.</p>\n";
    return page("Index", "", body, "<script src=\"search.js\"></script>\n");
  }

  void categoryTree(std::string &out, const CategoryDecl &c) {
    const std::vector<const CardDecl *> &cardsUnder = under[&c];
    out += "<li id=\"" + html(categoryAnchor(c)) + "\"><span class=\"count" +
           (cardsUnder.empty() ? " zero" : "") + "\" title=\"cards in this category or below\">" +
           std::to_string(cardsUnder.size()) + "</span><strong>" + html(c.displayTitle()) +
           "</strong> <code class=\"muted\">" + html(c.path()) + "</code>";
    if (c.code)
      out += " <span class=\"muted\">code " + html(c.code->value) + "</span>";
    if (!c.descriptions.empty())
      out += "<div class=\"muted\">" + html(c.descriptions.front().value) + "</div>";
    auto direct = directlyIn.find(&c);
    if (direct != directlyIn.end()) {
      out += "<div class=\"cards-under\">";
      bool first = true;
      for (const CardDecl *card : direct->second) {
        out += (first ? "" : " · ") + cardLink(*card, "../");
        first = false;
      }
      out += "</div>";
    }
    if (!c.children.empty()) {
      out += "\n<ul>\n";
      for (const auto &child : c.children)
        categoryTree(out, *child);
      out += "</ul>\n";
    }
    out += "</li>\n";
  }

  std::string taxonomyPage(const TaxonomyDecl &t) {
    std::string body = "<h1>" + html(t.title ? t.title->value : t.name.name) + "</h1>\n";
    body += "<dl class=\"facts\"><dt>Name</dt><dd><code>" + html(t.name.name) + "</code></dd>";
    body += "<dt>Module</dt><dd><code>" + html(t.module->name) + "</code></dd>";
    if (t.version)
      body += "<dt>Version</dt><dd>" + html(t.version->value) + "</dd>";
    body += "</dl>\n";
    for (const TextLit &d : t.descriptions)
      body += htmlParagraphs(d.value);
    if (!t.references.empty()) {
      body += "<p>References: ";
      for (size_t i = 0; i < t.references.size(); ++i)
        body += (i ? "; " : "") + referenceHtml(t.references[i].value);
      body += "</p>\n";
    }
    // Maps from and to this taxonomy.
    std::string mapsHtml;
    for (const MapDecl *m : sema.getMaps()) {
      if (!m->sourceTaxonomy || !m->targetTaxonomy)
        continue;
      if (m->sourceTaxonomy == &t)
        mapsHtml += "<li>maps to <a href=\"" + html(m->targetTaxonomy->name.name) + ".html\">" +
                    html(m->targetTaxonomy->name.name) + "</a></li>";
      else if (m->targetTaxonomy == &t)
        mapsHtml += "<li>mapped from <a href=\"" + html(m->sourceTaxonomy->name.name) +
                    ".html\">" + html(m->sourceTaxonomy->name.name) + "</a></li>";
    }
    if (!mapsHtml.empty())
      body += "<ul>" + mapsHtml + "</ul>\n";
    body += "<h2>Categories</h2>\n<p class=\"muted\">The number before each category counts the "
            "cards placed in it or below it, directly or through a map.</p>\n<ul class=\"tree\">\n";
    for (const auto &c : t.categories)
      categoryTree(body, *c);
    body += "</ul>\n";
    return page(t.title ? t.title->value : t.name.name, "../", body);
  }

  std::string cardPage(const CardDecl &c) {
    std::string title = c.title ? c.title->value : c.name.name;
    std::string body = "<h1>" + html(title) + " " + severityBadge(c) + "</h1>\n";
    body += "<dl class=\"facts\"><dt>Card</dt><dd><code>" + html(c.name.name) + "</code></dd>";
    body += "<dt>Source</dt><dd><code>" + html(c.module->path) + "</code></dd>";
    body += "<dt>Markdown</dt><dd><a href=\"../md/" + html(slugs[&c]) + ".md\">" +
            html(slugs[&c]) + ".md</a></dd></dl>\n";
    for (const TextLit &d : c.descriptions)
      body += htmlParagraphs(d.value);

    body += "<h2>Categorisation</h2>\n<table><thead><tr><th>Taxonomy</th><th>Categories</th>"
            "</tr></thead><tbody>\n";
    std::map<std::string, std::vector<std::pair<const CategoryDecl *, bool>>> byTaxonomy;
    llvm::DenseSet<const CategoryDecl *> seen;
    for (CategoryDecl *direct : sema.getCardCategories(&c))
      if (seen.insert(direct).second)
        byTaxonomy[direct->taxonomy->name.name].push_back({direct, true});
    for (const CategoryDecl *r : reachedBy[&c])
      if (seen.insert(r).second)
        byTaxonomy[r->taxonomy->name.name].push_back({r, false});
    for (auto &[taxonomy, list] : byTaxonomy) {
      body += "<tr><td><a href=\"../taxonomy/" + html(taxonomy) + ".html\">" + html(taxonomy) +
              "</a></td><td>";
      for (auto &[category, direct] : list)
        body += categoryLink(*category, "../") + " " + html(category->displayTitle()) +
                (direct ? "" : " <span class=\"muted\">(through a map)</span>") + "<br>";
      body += "</td></tr>\n";
    }
    body += "</tbody></table>\n";

    body += "<h2>Harm types</h2>\n";
    if (c.harmLines.empty())
      body += "<p class=\"muted\">Not stated.</p>\n";
    else {
      body += "<table><thead><tr><th>Who is harmed</th><th>How</th></tr></thead><tbody>\n";
      for (const auto &line : c.harmLines)
        for (const HarmType &h : line)
          body += "<tr><td>" + html(h.actor.name) + "</td><td>" + html(h.harm.name) + "</td></tr>\n";
      body += "</tbody></table>\n";
    }

    body += "<h2>Actions required for harm</h2>\n";
    if (c.actionsRequired.empty())
      body += "<p class=\"muted\">Not stated.</p>\n";
    for (const TextLit &r : c.actionsRequired)
      body += htmlParagraphs(r.value);

    body += "<h2>Examples</h2>\n";
    if (c.examples.empty())
      body += "<p class=\"muted\">None.</p>\n";
    for (const CardExample &e : c.examples) {
      body += "<div class=\"example\">";
      if (e.prompt)
        body += "<div class=\"label\">Prompt</div>" + htmlParagraphs(e.prompt->value);
      if (e.output)
        body += "<div class=\"label\">Output</div>" + htmlParagraphs(e.output->value);
      if (e.expect) {
        std::string action = getActionName(*e.expect).str();
        body += "<div class=\"label\">Expected decision</div><p class=\"act act-" + action +
                "\">" + action + "</p>";
      }
      body += "</div>\n";
    }

    body += "<h2>References</h2>\n";
    if (c.references.empty())
      body += "<p class=\"muted\">None.</p>\n";
    else {
      body += "<ul>\n";
      for (const TextLit &r : c.references)
        body += "<li>" + referenceHtml(r.value) + "</li>\n";
      body += "</ul>\n";
    }
    return page(title, "../", body);
  }

  std::string cardMarkdown(const CardDecl &c) {
    std::string title = c.title ? c.title->value : c.name.name;
    std::string out = "# " + title + "\n\n";
    out += "- Card: `" + c.name.name + "`\n";
    if (!c.severities.empty())
      out += "- Severity: " + c.severities.front().name + "\n";
    out += "\n";
    for (const TextLit &d : c.descriptions)
      out += d.value + "\n\n";
    out += "## Categorisation\n\n";
    for (CategoryDecl *cat : sema.getCardCategories(&c))
      out += "- `" + cat->qualifiedPath() + "` " + cat->displayTitle().str() +
             (cat->code ? " (" + cat->code->value + ")" : "") + "\n";
    llvm::DenseSet<const CategoryDecl *> direct;
    for (CategoryDecl *cat : sema.getCardCategories(&c))
      direct.insert(cat);
    for (const CategoryDecl *r : reachedBy[&c])
      if (!direct.count(r))
        out += "- `" + r->qualifiedPath() + "` " + r->displayTitle().str() + " (through a map)\n";
    out += "\n## Harm types\n\n";
    for (const auto &line : c.harmLines)
      for (const HarmType &h : line)
        out += "- " + h.actor.name + ": " + h.harm.name + "\n";
    out += "\n## Actions required for harm\n\n";
    for (const TextLit &r : c.actionsRequired)
      out += r.value + "\n\n";
    out += "## Examples\n\n";
    for (const CardExample &e : c.examples) {
      out += "-";
      if (e.prompt)
        out += " **Prompt:** " + e.prompt->value;
      if (e.output)
        out += " **Output:** " + e.output->value;
      if (e.expect)
        out += " **Expected:** `" + getActionName(*e.expect).str() + "`";
      out += "\n";
    }
    out += "\n## References\n\n";
    for (const TextLit &r : c.references)
      out += "- " + referenceMarkdown(r.value) + "\n";
    return out;
  }

  //--- JSON --------------------------------------------------------------------------

  llvm::json::Value categoryJson(const CategoryDecl &c) {
    llvm::json::Array children;
    for (const auto &child : c.children)
      children.push_back(categoryJson(*child));
    llvm::json::Array descriptions;
    for (const TextLit &d : c.descriptions)
      descriptions.push_back(d.value);
    llvm::json::Object out{{"id", c.id.name},
                           {"path", c.qualifiedPath()},
                           {"title", c.displayTitle().str()},
                           {"cardCount", int64_t(under[&c].size())},
                           {"children", std::move(children)}};
    if (c.code)
      out["code"] = c.code->value;
    if (!c.descriptions.empty())
      out["description"] = c.descriptions.front().value;
    return out;
  }

  llvm::json::Value jsonDocument() {
    llvm::json::Array taxonomyArray;
    for (const TaxonomyDecl *t : taxonomies) {
      llvm::json::Array categories, references;
      for (const auto &c : t->categories)
        categories.push_back(categoryJson(*c));
      for (const TextLit &r : t->references)
        references.push_back(r.value);
      llvm::json::Object object{{"name", t->name.name},
                                {"module", t->module->name},
                                {"title", t->title ? t->title->value : t->name.name},
                                {"references", std::move(references)},
                                {"categories", std::move(categories)}};
      if (t->version)
        object["version"] = t->version->value;
      if (!t->descriptions.empty())
        object["description"] = t->descriptions.front().value;
      taxonomyArray.push_back(std::move(object));
    }
    llvm::json::Array mapArray;
    for (const MapDecl *m : sema.getMaps()) {
      if (!m->sourceTaxonomy || !m->targetTaxonomy)
        continue;
      llvm::json::Array entries;
      for (const MapEntry &e : m->entries) {
        llvm::json::Array targets;
        for (const CategoryRef &t : e.targets)
          if (t.category)
            targets.push_back(t.category->qualifiedPath());
        std::string source = e.source.category ? e.source.category->qualifiedPath()
                                               : m->sourceTaxonomy->name.name;
        entries.push_back(llvm::json::Object{{"source", source},
                                             {"wildcard", e.source.wildcard},
                                             {"targets", std::move(targets)}});
      }
      mapArray.push_back(llvm::json::Object{{"source", m->sourceTaxonomy->name.name},
                                            {"target", m->targetTaxonomy->name.name},
                                            {"module", m->module->name},
                                            {"entries", std::move(entries)}});
    }
    llvm::json::Array cardArray;
    for (const CardDecl *c : cards) {
      llvm::json::Array categories, mapped, harms, required, examples, references;
      llvm::DenseSet<const CategoryDecl *> direct;
      for (CategoryDecl *cat : sema.getCardCategories(c)) {
        categories.push_back(cat->qualifiedPath());
        direct.insert(cat);
      }
      for (const CategoryDecl *r : reachedBy[c])
        if (!direct.count(r))
          mapped.push_back(r->qualifiedPath());
      for (const auto &line : c->harmLines)
        for (const HarmType &h : line)
          harms.push_back(llvm::json::Object{{"actor", h.actor.name}, {"harm", h.harm.name}});
      for (const TextLit &r : c->actionsRequired)
        required.push_back(r.value);
      for (const CardExample &e : c->examples) {
        llvm::json::Object example;
        if (e.prompt)
          example["prompt"] = e.prompt->value;
        if (e.output)
          example["output"] = e.output->value;
        if (e.expect)
          example["expect"] = getActionName(*e.expect).str();
        examples.push_back(std::move(example));
      }
      for (const TextLit &r : c->references)
        references.push_back(r.value);
      llvm::json::Object object{{"id", c->name.name},
                                {"slug", slugs[c]},
                                {"title", c->title ? c->title->value : c->name.name},
                                {"module", c->module->name},
                                {"file", c->module->path},
                                {"categories", std::move(categories)},
                                {"mappedCategories", std::move(mapped)},
                                {"harms", std::move(harms)},
                                {"requires", std::move(required)},
                                {"examples", std::move(examples)},
                                {"references", std::move(references)}};
      if (!c->descriptions.empty())
        object["description"] = c->descriptions.front().value;
      if (!c->severities.empty())
        object["severity"] = c->severities.front().name;
      cardArray.push_back(std::move(object));
    }
    return llvm::json::Object{{"format", "riskcard-doc/1"},
                              {"taxonomies", std::move(taxonomyArray)},
                              {"maps", std::move(mapArray)},
                              {"cards", std::move(cardArray)}};
  }

  const Program &program;
  const Sema &sema;
  const DocOptions &options;
  unsigned written = 0;
  std::vector<const CardDecl *> cards;
  std::vector<const TaxonomyDecl *> taxonomies;
  llvm::DenseMap<const CardDecl *, std::string> slugs;
  llvm::DenseMap<const CategoryDecl *, std::vector<const CardDecl *>> under;
  llvm::DenseMap<const CategoryDecl *, std::vector<const CardDecl *>> directlyIn;
  llvm::DenseMap<const CardDecl *, std::vector<const CategoryDecl *>> reachedBy;
};

} // namespace

llvm::Expected<DocSummary> risk::generateDocs(const Program &program, const Sema &sema,
                                            const DocOptions &options) {
  return Generator(program, sema, options).run();
}

std::string risk::renderDocJson(const Program &program, const Sema &sema) {
  DocOptions options;
  return Generator(program, sema, options).json();
}

llvm::StringRef risk::getDocJsonSchema() {
  return R"json({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://riskcard.dev/schema/riskcard-doc-1.json",
  "title": "Riskcard documentation bundle",
  "description": "Taxonomies, cross-taxonomy maps and risk cards as written by `riskc doc`.",
  "type": "object",
  "required": ["format", "taxonomies", "maps", "cards"],
  "additionalProperties": false,
  "properties": {
    "format": {"const": "riskcard-doc/1"},
    "taxonomies": {"type": "array", "items": {"$ref": "#/definitions/taxonomy"}},
    "maps": {"type": "array", "items": {"$ref": "#/definitions/map"}},
    "cards": {"type": "array", "items": {"$ref": "#/definitions/card"}}
  },
  "definitions": {
    "path": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"},
    "action": {"enum": ["allow", "warn", "redact", "guide", "escalate", "block", "error"]},
    "category": {
      "type": "object",
      "required": ["id", "path", "title", "cardCount", "children"],
      "additionalProperties": false,
      "properties": {
        "id": {"type": "string"},
        "path": {"$ref": "#/definitions/path"},
        "title": {"type": "string"},
        "code": {"type": "string"},
        "description": {"type": "string"},
        "cardCount": {"type": "integer", "minimum": 0},
        "children": {"type": "array", "items": {"$ref": "#/definitions/category"}}
      }
    },
    "taxonomy": {
      "type": "object",
      "required": ["name", "module", "title", "references", "categories"],
      "additionalProperties": false,
      "properties": {
        "name": {"type": "string"},
        "module": {"type": "string"},
        "title": {"type": "string"},
        "version": {"type": "string"},
        "description": {"type": "string"},
        "references": {"type": "array", "items": {"type": "string"}},
        "categories": {"type": "array", "items": {"$ref": "#/definitions/category"}}
      }
    },
    "map": {
      "type": "object",
      "required": ["source", "target", "module", "entries"],
      "additionalProperties": false,
      "properties": {
        "source": {"type": "string"},
        "target": {"type": "string"},
        "module": {"type": "string"},
        "entries": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["source", "wildcard", "targets"],
            "additionalProperties": false,
            "properties": {
              "source": {"$ref": "#/definitions/path"},
              "wildcard": {"type": "boolean"},
              "targets": {"type": "array", "items": {"$ref": "#/definitions/path"}, "minItems": 1}
            }
          }
        }
      }
    },
    "card": {
      "type": "object",
      "required": ["id", "slug", "title", "module", "file", "categories", "mappedCategories",
                   "harms", "requires", "examples", "references"],
      "additionalProperties": false,
      "properties": {
        "id": {"type": "string"},
        "slug": {"type": "string"},
        "title": {"type": "string"},
        "module": {"type": "string"},
        "file": {"type": "string"},
        "description": {"type": "string"},
        "severity": {"enum": ["low", "medium", "high", "critical"]},
        "categories": {"type": "array", "items": {"$ref": "#/definitions/path"}},
        "mappedCategories": {"type": "array", "items": {"$ref": "#/definitions/path"}},
        "harms": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["actor", "harm"],
            "additionalProperties": false,
            "properties": {"actor": {"type": "string"}, "harm": {"type": "string"}}
          }
        },
        "requires": {"type": "array", "items": {"type": "string"}},
        "examples": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "minProperties": 1,
            "properties": {
              "prompt": {"type": "string"},
              "output": {"type": "string"},
              "expect": {"$ref": "#/definitions/action"}
            }
          }
        },
        "references": {"type": "array", "items": {"type": "string"}}
      }
    }
  }
}
)json";
}
