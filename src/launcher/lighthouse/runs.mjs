// Lighthouse at phone settings on the public pages, several runs each, beside a fixed reference page,
// with the machine's load and each page's main-thread CPU time (docs/performance.md, "Lighthouse").
//
//   npm install --prefix /tmp/lh lighthouse@12.2.3
//   node src/launcher/lighthouse/runs.mjs http://localhost:8080/ [runs=5] [out=target/lighthouse]
//
// LIGHTHOUSE names the lighthouse command (default /tmp/lh/node_modules/.bin/lighthouse), CHROME_PATH
// the browser (default /usr/bin/chromium). Every run is Lighthouse's default: mobile form factor,
// simulated slow 4G and a 4x slower CPU. The reference is a plain static page (a heading and a
// paragraph, no style sheet, no script) served by this script: what Lighthouse counts on it is the
// browser's own work and the machine's load, not the portal's. Run it through the it-run slot script
// on a shared machine. Prints a Markdown table of medians; the JSON reports and traces stay in out.
import {execFile} from 'node:child_process';
import {mkdirSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {loadavg} from 'node:os';

const base = process.argv[2] || 'http://localhost:8080/';
const runs = Number(process.argv[3] || 5);
const out = process.argv[4] || 'target/lighthouse';
const lighthouse = process.env.LIGHTHOUSE || '/tmp/lh/node_modules/.bin/lighthouse';
const pages = [
  ['home', ''],
  ['catalogue', 'catalogue/'],
  ['item', 'catalogue/e-lfh-social-prescribing'],
  ['sign-in', 'signin.xhtml'],
];

const REFERENCE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Reference page</title>
<meta name="description" content="A fixed static page to compare Lighthouse runs with."></head>
<body><main><h1>Reference page</h1><p>A static page with one heading and one paragraph, no style
sheet and no script, served by the measuring script itself.</p></main></body></html>`;
const server = createServer((request, response) => {
  response.writeHead(request.url === '/' ? 200 : 404, {'Content-Type': 'text/html; charset=utf-8'});
  response.end(request.url === '/' ? REFERENCE : '');
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const all = [['reference', `http://127.0.0.1:${server.address().port}/`],
  ...pages.map(([name, path]) => [name, new URL(path, base).href])];

mkdirSync(out, {recursive: true});
const load = () => loadavg().map(l => l.toFixed(2)).join(' ');
const loads = [];
const results = {};
for (let run = 1; run <= runs; run++) {
  for (const [name, url] of all) {
    loads.push(loadavg()[0]);
    const path = `${out}/${name}-${run}.json`;
    // Lighthouse now and then loses a trace (NO_NAVSTART); such a run is made again, up to twice.
    for (let attempt = 1; ; attempt++) {
      try {
        await lighthouseRun(url, path);
        break;
      } catch (failure) {
        if (attempt === 3) throw failure;
        console.error(`${new Date().toISOString()} ${name} run ${run} again: ${failure.message.split('\n')[0]}`);
      }
    }
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const trace = JSON.parse(readFileSync(path.replace(/\.json$/, '-0.trace.json'), 'utf8'));
    const row = figures(report, trace);
    (results[name] ||= []).push(row);
    console.error(`${new Date().toISOString()} load ${load()} ${name} run ${run}: ${JSON.stringify(row)}`);
  }
}
server.close();

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
console.log(`\n${runs} runs of each page; load average (1 min) at the runs' starts: `
  + `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, median ${median(loads).toFixed(1)}\n`);
console.log('| page | performance (runs) | median | first contentful paint | total blocking time '
  + '| main-thread CPU time (wall) | CPU benchmark index | accessibility, best practices, SEO |');
console.log('|---|---|---:|---:|---:|---:|---:|---|');
for (const [name, rows] of Object.entries(results)) {
  const m = key => median(rows.map(r => r[key]));
  console.log(`| ${name} | ${rows.map(r => r.performance).join(', ')} | ${m('performance')} `
    + `| ${(m('fcp') / 1000).toFixed(2)} s | ${Math.round(m('tbt'))} ms `
    + `| ${Math.round(m('cpu'))} ms (${Math.round(m('wall'))} ms) | ${Math.round(m('benchmark'))} `
    + `| ${[...new Set(rows.map(r => r.others))].join('; ')} |`);
}

/** One Lighthouse run; asynchronous, so that this process's reference server can answer it. */
function lighthouseRun(url, path) {
  return new Promise((resolve, reject) => execFile(lighthouse, [url, '--form-factor=mobile',
    '--throttling-method=simulate', '--chrome-flags=--headless=new --no-sandbox', '--output=json',
    `--output-path=${path}`, '--save-assets', '--quiet'],
  {env: {...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium'}},
  (error, stdout, stderr) => error ? reject(new Error(`${url}: ${stderr || error.message}`)) : resolve()));
}

/** The scores and metrics of one report, and the CPU time its page's main thread used. */
function figures(report, trace) {
  const audits = report.audits;
  const score = id => Math.round(report.categories[id].score * 100);
  return {
    performance: score('performance'),
    fcp: audits['first-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    benchmark: report.environment.benchmarkIndex,
    others: ['accessibility', 'best-practices', 'seo'].map(score).join(', '),
    ...mainThread(trace.traceEvents),
  };
}

/**
 * The thread time (CPU actually used) and wall time of the top-level tasks on the main thread of
 * the renderer that drew the page. Lighthouse simulates the phone from the wall times, which grow
 * with the machine's load; the thread time does not.
 */
function mainThread(events) {
  const started = events.find(e => e.name === 'TracingStartedInBrowser');
  const frame = started.args.data.frames.find(f => !f.parent).frame;
  const commits = events.filter(e => e.name === 'FrameCommittedInBrowser' && e.args.data.frame === frame);
  const pid = commits.sort((a, b) => a.ts - b.ts).at(-1).args.data.processId;
  const thread = events.find(e => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid
    && e.args.name === 'CrRendererMain').tid;
  let cpu = 0;
  let wall = 0;
  for (const e of events) {
    if (e.pid === pid && e.tid === thread && e.ph === 'X' && e.name === 'RunTask') {
      cpu += (e.tdur || 0) / 1000;
      wall += (e.dur || 0) / 1000;
    }
  }
  return {cpu, wall};
}
