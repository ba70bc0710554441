// Loads tempora's TimelineJS JSON into the real TimelineJS3 widget (npm
// @knight-lab/timelinejs, its built JS and CSS) in headless Debian
// Chromium driven by playwright-core, and checks: no console error, no
// page error, no failed request; one slide per event (plus the title
// slide); each slide's date shows only the parts the event knows;
// hostile headlines appear as text and run nothing; ids are unique.
// Usage: node timelinejs_check.mjs WORKDIR SHOTDIR NAME=FILE.json...
import { chromium } from 'playwright-core';
import fs from 'fs';
import path from 'path';

const [work, shots, ...inputs] = process.argv.slice(2);
const dist = path.resolve('node_modules/@knight-lab/timelinejs/dist');
let fails = 0;
const fail = (m) => { fails++; console.log('FAIL: ' + m); };

const ctx = await chromium.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1200, height: 800 },
});
try {
  for (const spec of inputs) {
    const [name, file] = spec.split('=');
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    // the data goes in as a script of its own, so nothing in it can end a
    // <script> element of the page
    fs.writeFileSync(path.join(work, name + '.js'), 'window.TEMPORA = ' + JSON.stringify(data) + ';\n');
    fs.writeFileSync(path.join(work, name + '.html'), `<!doctype html>
<html><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="file://${dist}/css/timeline.css"></head>
<body style="margin:0"><div id="embed" style="width:1200px;height:800px"></div>
<script src="file://${dist}/js/timeline.js"></script>
<script src="${name}.js"></script>
<script>
window.ready = false;
// font: null — the default font option fetches Google Fonts, which an
// offline machine cannot reach; everything else is the widget's default
var tl = new TL.Timeline('embed', window.TEMPORA, {script_path: 'file://${dist}/js/', font: null});
tl.on('loaded', function () { window.ready = true; });
setTimeout(function () { window.ready = true; }, 8000);
</script></body></html>`);
    const page = await ctx.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
    page.on('requestfailed', (r) => problems.push('request failed: ' + r.url()));
    await page.goto('file://' + path.join(work, name + '.html'));
    await page.waitForFunction(() => window.ready, null, { timeout: 20000 });
    await page.waitForTimeout(500);
    for (const p of problems) fail(`${name}: ${p}`);
    const info = await page.evaluate(() => ({
      slides: document.querySelectorAll('.tl-slide').length,
      markers: document.querySelectorAll('.tl-timemarker').length,
      groups: [...document.querySelectorAll('.tl-timegroup-message')].map((e) => e.textContent),
      pwned: window.__pwned || 0,
      byId: Object.fromEntries(window.TEMPORA.events.map((e) => {
        const el = document.getElementById(e.unique_id);
        return [e.unique_id, el ? {
          date: (el.querySelector('.tl-headline-date') || {}).textContent || '',
          headline: (el.querySelector('.tl-headline') || {}).textContent || '',
          text: el.textContent } : null];
      })),
      title: (document.querySelector('.tl-slide-titleslide .tl-headline') || {}).textContent || null,
    }));
    const n = data.events.length;
    if (new Set(data.events.map((e) => e.unique_id)).size !== n) fail(`${name}: repeated unique_id`);
    if (info.markers !== n) fail(`${name}: ${info.markers} markers on the time axis, want ${n}`);
    if (info.slides !== n + (data.title ? 1 : 0)) fail(`${name}: ${info.slides} slides for ${n} events`);
    if (info.pwned) fail(`${name}: injected script ran (${info.pwned})`);
    if (data.title && !info.title) fail(`${name}: no title slide`);
    const txt = (h) => { const d = h.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
                                    .replace(/&#39;/g, "'").replace(/&amp;/g, '&'); return d; };
    for (const e of data.events) {
      const got = info.byId[e.unique_id];
      if (!got) { fail(`${name}: no slide for ${e.unique_id}`); continue; }
      if (got.headline.trim() !== txt(e.text.headline).trim())
        fail(`${name}: ${e.unique_id}: headline shows ${JSON.stringify(got.headline)}`);
      const want = e.display_date ? txt(e.display_date) : null;
      if (want && got.date.trim() !== want) fail(`${name}: ${e.unique_id}: date ${JSON.stringify(got.date)}, want ${want}`);
      // a year-only event shows no month or day; a month event no day
      const s = e.start_date;
      if (!want && !('month' in s) && !/^\s*-?\d+\s*$/.test(got.date.split(/[–-]\s/)[0]))
        fail(`${name}: ${e.unique_id}: year event shows ${JSON.stringify(got.date)}`);
      if (!want && 'month' in s && !('day' in s) && /\b\d{1,2},/.test(got.date))
        fail(`${name}: ${e.unique_id}: month event shows a day: ${JSON.stringify(got.date)}`);
    }
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, name + '.png') });
    console.log(`${name}: ${n} events, ${info.slides} slides, groups ${JSON.stringify([...new Set(info.groups)])}, ${problems.length} console problems`);
    await page.close();
  }
} finally {
  await ctx.close();
}
console.log(`timelinejs widget: ${fails} failure(s)`);
process.exit(fails ? 1 : 0);
