/**
 * Renders the extension icon (images/icon.png, 128×128) from the SVG below
 * with headless Chromium, so the picture can be changed as text. Run it by
 * hand after changing the drawing: `node scripts/make-icon.mjs`
 * (needs Debian's `chromium`, see scripts/e2e/setup.sh).
 */
import { chromium } from 'playwright-core';

// A draft page on the desk's blue, with a red proofreader's caret and a
// struck-through word: the copy desk's two marks.
const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="22" fill="#1d3557"/>
  <path d="M34 20 h46 l16 16 v72 a4 4 0 0 1 -4 4 h-58 a4 4 0 0 1 -4 -4 v-84 a4 4 0 0 1 4 -4 z" fill="#f8f5ee"/>
  <path d="M80 20 v12 a4 4 0 0 0 4 4 h12 z" fill="#d9d2c3"/>
  <g stroke="#8d99ae" stroke-width="5" stroke-linecap="round">
    <line x1="42" y1="46" x2="72" y2="46"/>
    <line x1="42" y1="60" x2="86" y2="60"/>
    <line x1="42" y1="88" x2="86" y2="88"/>
    <line x1="42" y1="100" x2="70" y2="100"/>
  </g>
  <line x1="42" y1="74" x2="64" y2="74" stroke="#8d99ae" stroke-width="5" stroke-linecap="round"/>
  <line x1="38" y1="74" x2="68" y2="74" stroke="#e63946" stroke-width="4" stroke-linecap="round"/>
  <path d="M72 84 l8 -16 l8 16" fill="none" stroke="#e63946" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: 'images/icon.png', omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
} finally {
  await browser.close();
}
