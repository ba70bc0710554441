// Loads an HTML report in headless Debian Chromium through playwright-core
// and prints what a reader would meet, as JSON: console errors, page
// errors, requests that left the file, the chart's and table's boxes, the
// number of rows and <script> elements, whether window.find() finds text
// drawn only in the chart, and the body text.  Screenshots of the page,
// the chart and the table go to OUTDIR.
//   node report_browser.js REPORT.html OUTDIR 'TEXT ONLY IN THE CHART'
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const [report, outdir, chartOnly] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tempora-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1300, height: 900 },
  });
  const out = { errors: [], requests: [] };
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    page.on('console', (m) => { if (m.type() === 'error') out.errors.push(m.text()); });
    page.on('pageerror', (e) => out.errors.push(String(e)));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith('file:') && !u.startsWith('data:')) out.requests.push(u);
    });
    page.on('requestfailed', (r) => out.errors.push('request failed: ' + r.url()));
    await page.goto('file://' + path.resolve(report), { waitUntil: 'load' });
    Object.assign(out, await page.evaluate((needle) => {
      const box = (el) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      };
      return {
        title: document.title,
        svg: box(document.querySelector('figure.chart svg')),
        table: box(document.querySelector('table.events')),
        rows: document.querySelectorAll('table.events tbody tr').length,
        scripts: document.scripts.length,
        found: needle ? window.find(needle) : null,
        text: document.body.innerText,
      };
    }, chartOnly || ''));
    fs.mkdirSync(outdir, { recursive: true });
    await page.screenshot({ path: path.join(outdir, 'page.png'), fullPage: true });
    if (out.svg) await page.locator('figure.chart').screenshot({ path: path.join(outdir, 'chart.png') });
    await page.locator('table.events').screenshot({ path: path.join(outdir, 'table.png') });
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => { console.error(String(e && e.stack || e)); process.exit(2); });
