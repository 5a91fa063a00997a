/// <reference lib="dom" />
// The chat page in a real browser: Debian's Chromium driven by playwright-core. Without Chromium
// these tests fail in CI (CI=true) and are skipped with a notice on a developer's machine.

import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../bot/server.helpers';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM} (apt-get install chromium); .ci/run installs it`);
if (!available) console.warn(`[browser tests skipped] no Chromium at ${CHROMIUM}: install it with apt-get install chromium to run them`);
const describeInBrowser = available ? describe : describe.skip;

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const AXE = available ? readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') : '';

describeInBrowser('the chat page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(options: { bypassCSP?: boolean; locale?: string } = {}): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false, locale: options.locale ?? 'nl-NL' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector(SEND_BOX, { timeout: 15_000 });
    await page.waitForFunction(() => document.body.innerText.includes('1B1.3'), null, { timeout: 10_000 }); // the welcome
    return { page, problems };
  }

  const seriousViolations = async (page: Page) => {
    await page.evaluate(AXE);
    const results = await page.evaluate(() => (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
    return (results.violations as { id: string; impact: string; nodes: unknown[] }[]).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  };

  // How fast the answer appears is a bench figure (npm run bench), not asserted here.
  it('answers a typed question with the cited passage and its source link', async () => {
    const { page, problems } = await open();
    await page.fill(SEND_BOX, 'wat is 1B1.3?');
    await page.press(SEND_BOX, 'Enter');
    await page.waitForFunction(() => document.body.innerText.includes('Op orde houden basisregistraties (BRP, BAG, BGT)') && document.body.innerText.includes('Afkortingen'), null, { timeout: 10_000 });
    // The quote in the card, and the source as a link to the published report.
    expect(await page.locator('text=“1B1.3 Op orde houden basisregistraties (BRP, BAG, BGT)”').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href^="https://bestuursrapportage.leiden.nl/"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]); // no CSP violations, no script errors
    await page.context().close();
  }, 30_000);

  it('works with the keyboard alone, including the switch to English', async () => {
    const { page } = await open();
    // Tab through the page to the English button and press it.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.getAttribute('data-lang'))) !== 'en'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getAttribute('[data-lang="en"]', 'aria-pressed')).toBe('true');
    // On to the send box, type and send.
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-id') === 'webchat-sendbox-input')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('webchat-sendbox-input');
    await page.keyboard.type('who organises the elections?');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.innerText.includes('1A2.3 Organiseren van verkiezingen'), null, { timeout: 5_000 });
    expect(await page.locator('text=This is what the report says').count()).toBeGreaterThan(0);
    await page.context().close();
  }, 30_000);

  it('has no serious or critical accessibility violations before and after an answer (axe-core)', async () => {
    const { page } = await open({ bypassCSP: true }); // only so axe can be injected
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill(SEND_BOX, 'welke prestaties vallen onder 1A2?');
    await page.press(SEND_BOX, 'Enter');
    await page.waitForFunction(() => document.body.innerText.includes('1A2.5'), null, { timeout: 5_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
