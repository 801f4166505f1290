// Main-thread CPU time (thread time, which does not grow with the machine's load) of loading pages
// in headless Chromium at Lighthouse's phone viewport, by kind of task (docs/performance.md):
//
//   node src/launcher/lighthouse/cpu-probe.mjs 5 home=http://localhost:8080/ item=http://...
//
// Uses the puppeteer-core that Lighthouse installs (NODE_MODULES, default /tmp/lh/node_modules).
const modules = process.env.NODE_MODULES || '/tmp/lh/node_modules';
const {default: puppeteer} = await import(`${modules}/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js`);

const runs = Number(process.argv[2]);
const pages = process.argv.slice(3).map(p => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]);
const browser = await puppeteer.launch({executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true, args: ['--headless=new', '--no-sandbox']});
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink',
  'loading', 'toplevel', 'blink.user_timing'];
const results = {};
for (let run = 0; run < runs; run++) {
  for (const [name, url] of pages) {
    const page = await browser.newPage();
    await page.emulate({viewport: {width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true,
      hasTouch: true}, userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) Mobile'});
    await page.tracing.start({categories});
    await page.goto(url, {waitUntil: 'networkidle0'});
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    await page.close();
    (results[name] ||= []).push(mainThread(trace.traceEvents));
  }
}
await browser.close();

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const keys = [...new Set(Object.values(results).flatMap(rows => rows.flatMap(Object.keys)))].sort();
console.log('median CPU ms'.padEnd(28) + Object.keys(results).map(n => n.slice(0, 11).padStart(12)).join(''));
for (const key of keys) {
  console.log(key.padEnd(28) + Object.values(results)
    .map(rows => median(rows.map(r => r[key] || 0)).toFixed(1).padStart(12)).join(''));
}

/** CPU time of the top-level tasks of the renderer that drew the page, by what each task did. */
function mainThread(events) {
  let pid;
  for (const e of events.filter(e => e.name === 'FrameCommittedInBrowser').sort((a, b) => a.ts - b.ts)) {
    if (e.args.data.url && e.args.data.url.startsWith('http')) pid = e.args.data.processId;
  }
  const tid = events.find(e => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid
    && e.args.name === 'CrRendererMain').tid;
  const own = events.filter(e => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const sums = {};
  const add = (key, ms) => sums[key] = (sums[key] || 0) + ms;
  for (const task of own.filter(e => e.name === 'RunTask')) {
    const inside = own.filter(e => e !== task && e.ts >= task.ts && e.ts + (e.dur || 0) <= task.ts + task.dur);
    const names = new Set(inside.map(e => e.name));
    const kind = names.has('LocalWindowProxy::Initialize') || names.has('DocumentLoader::CommitNavigation')
      ? 'commit' : names.has('Layout') || names.has('UpdateLayoutTree') ? 'style+layout'
        : names.has('Paint') || names.has('Commit') ? 'paint' : names.has('ParseHTML') ? 'parse' : 'other';
    add(kind, (task.tdur || 0) / 1000);
    add('total', (task.tdur || 0) / 1000);
    add('wall', task.dur / 1000);
  }
  return sums;
}
