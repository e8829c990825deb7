// Loads every page of a site written by `riskc doc` in headless Chromium and
// fails when a page logs a console error, throws, fails to load a resource, or
// links to a file or anchor that does not exist. Then types into the search box
// and checks that it filters. Usage: node check-site.mjs SITE_DIR [SHOT.png]
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const site = path.resolve(process.argv[2]);
const screenshot = process.argv[3];
const pages = [];
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.html')) pages.push(full);
  }
})(site);
pages.sort();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
// External links are never followed; a request that leaves the site is aborted.
await context.route('**/*', (route) =>
  route.request().url().startsWith('file:') ? route.continue() : route.abort());
const page = await context.newPage();
const problems = [];
let current = '';
page.on('console', (m) => { if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`); });
page.on('pageerror', (e) => problems.push(`${current}: script error: ${e.message}`));
page.on('requestfailed', (r) => {
  if (r.url().startsWith('file:')) problems.push(`${current}: failed to load ${r.url()}`);
});

const anchors = new Map(); // file -> ids on that page
const wanted = [];         // [page, file, id, href]
let links = 0;
for (const file of pages) {
  current = path.relative(site, file);
  const response = await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  if (!response || !response.ok()) problems.push(`${current}: did not load`);
  anchors.set(file, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
  const hrefs = await page.$$eval('a[href], link[href], script[src]',
      (els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src')));
  for (const href of hrefs) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // external (http, https, mailto)
    links++;
    const [target, id] = href.split('#');
    const resolved = target === '' ? file : path.resolve(path.dirname(file), target.split('?')[0]);
    if (!fs.existsSync(resolved)) problems.push(`${current}: broken link ${href}`);
    else if (id) wanted.push([current, resolved, decodeURIComponent(id), href]);
  }
}
for (const [from, file, id, href] of wanted) {
  const ids = anchors.get(file);
  if (ids && !ids.has(id)) problems.push(`${from}: link ${href} names no element on its page`);
}

// The search box filters the card table, and the header form's ?q= reaches it.
current = 'index.html (search)';
const index = pathToFileURL(path.join(site, 'index.html')).href;
await page.goto(index);
const total = await page.$$eval('#cards tbody tr', (rows) => rows.length);
await page.fill('#filter', 'zzzz-no-such-card');
const none = await page.$$eval('#cards tbody tr', (rows) => rows.filter((r) => r.style.display !== 'none').length);
const empty = await page.$eval('#no-results', (e) => getComputedStyle(e).display);
await page.fill('#filter', '');
await page.goto(index + '?q=' + encodeURIComponent(process.env.SEARCH_WORD || 'violence'));
const some = await page.$$eval('#cards tbody tr', (rows) => rows.filter((r) => r.style.display !== 'none').length);
if (total === 0) problems.push('index.html: no cards listed');
if (none !== 0 || empty === 'none') problems.push(`search: a nonsense query shows ${none} rows`);
if (!(some > 0 && some < total)) problems.push(`search: ?q= shows ${some} of ${total} rows`);
if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
await browser.close();

for (const p of problems) console.log(p);
console.log(`${pages.length} pages, ${links} internal links, search ${some}/${total}; ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
