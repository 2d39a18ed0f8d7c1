/**
 * `npm run lighthouse`: Lighthouse (mobile defaults) on the built reader and
 * embed pages, served locally, in Debian's Chromium. Prints each category's
 * score and the audits that cost points. Scores are printed, not asserted:
 * the performance score depends on the machine.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';
import { startStaticServer } from './static-server.ts';

// Cached and compressed as a CDN would: Lighthouse judges the pages as readers would get them.
const server = await startStaticServer({ root: 'dist', cacheControl: 'max-age=31536000', compress: true });
const base = server.url;

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
let worst = 100;
try {
  for (const page of ['index.html', 'embed.html', 'embed.ar.html', 'index.en.html']) {
    const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${page}`);
    const scores = Object.values(lhr.categories).map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`);
    console.log(`${page}: ${scores.join(' · ')}`);
    for (const c of Object.values(lhr.categories)) {
      worst = Math.min(worst, Math.round((c.score ?? 0) * 100));
      for (const ref of c.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`  ${c.title}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''} ${audit.title}`);
        }
      }
    }
    const m = lhr.audits;
    console.log(
      `  FCP ${m['first-contentful-paint']?.displayValue} · LCP ${m['largest-contentful-paint']?.displayValue} · TBT ${m['total-blocking-time']?.displayValue} · CLS ${m['cumulative-layout-shift']?.displayValue}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(worst === 100 ? 'every category scores 100' : `lowest score: ${worst}`);
