/// <reference lib="dom" />
// The chat page in a real browser: Debian's Chromium driven by playwright-core. Without Chromium
// these tests fail in CI (CI=true) and are skipped with a notice on a developer's machine.

import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../bot/app.helpers';

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

  async function open(options: { bypassCSP?: boolean; locale?: string; lang?: 'nl' | 'en' } = {}): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false, locale: options.locale ?? 'nl-NL', viewport: { width: 900, height: 1500 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/${options.lang === 'en' ? '?lang=en' : ''}`);
    await page.waitForSelector(SEND_BOX, { timeout: 15_000 });
    await waitForWelcome(page, options.lang ?? 'nl');
    return { page, problems };
  }

  /** The bot's message bubbles (not the user's, not the 👍/👎 cards), as the page shows them. */
  const botMessages = (page: Page) =>
    page.evaluate(() => Array.from(document.querySelectorAll('.webchat__bubble.webchat__stacked-layout__message:not(.webchat__bubble--from-user)')).map((e) => (e as HTMLElement).innerText));

  const waitForWelcome = (page: Page, lang: 'nl' | 'en') =>
    page.waitForFunction((word) => Array.from(document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)')).some((e) => (e as HTMLElement).innerText.startsWith(word)), lang === 'en' ? 'Welcome!' : 'Welkom!', { timeout: 10_000 });

  /** Types a question, sends it, and returns the bot's reply as shown. */
  async function ask(page: Page, question: string): Promise<string> {
    const before = (await botMessages(page)).length;
    await page.fill(SEND_BOX, question);
    await page.press(SEND_BOX, 'Enter');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.webchat__bubble.webchat__stacked-layout__message:not(.webchat__bubble--from-user)').length > n,
      before,
      { timeout: 10_000 },
    );
    return (await botMessages(page))[before];
  }

  const seriousViolations = async (page: Page) => {
    await page.evaluate(AXE);
    const results = await page.evaluate(() => (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
    return (results.violations as { id: string; impact: string; nodes: unknown[] }[]).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  };

  /** What a resident must not meet in an answer to a question without a code. */
  const CLERK_DETAIL = [/\b\d{1,2}[A-Z]\d{0,2}(\.\d{1,2})?\b/, /\bregel\b/i, /\bline \d/i, /\.txt\b/, /:\d+\b(?!\s?(uur|u\b))/, /\[\d+\]/];

  // How fast the answer appears is a bench figure (npm run bench), not asserted here.
  it('answers a question with a code with the quoted passage, its source once and a link to the published report', async () => {
    const { page, problems } = await open();
    const reply = await ask(page, 'wat is 1B1.3?');
    expect(reply).toContain('1B1.3 Op orde houden basisregistraties (BRP, BAG, BGT)'); // the question used a code: codes stay
    expect(reply.match(/^Bron:/gm)).toHaveLength(1);
    expect(reply).toMatch(/Uitleg:.*BRP/); // abbreviations explained in plain words
    expect(await page.locator('a[href^="https://bestuursrapportage.leiden.nl/"]').count()).toBe(1);
    expect(problems).toEqual([]); // no CSP violations, no script errors
    await page.context().close();
  }, 30_000);

  it('refuses residents in words they can read: no codes, no source, and what it is about named', async () => {
    const { page } = await open({ lang: 'en' });
    const replies: string[] = [];
    for (const question of ['What colour is the traffic light for the elections?', 'How does Amsterdam organise its public services?', 'Who is the alderman for finance?']) replies.push(await ask(page, question));
    await page.screenshot({ path: 'docs/website-refusals-en.png' });
    expect(replies[0]).toContain('Organiseren van verkiezingen'); // the item named by its title, its code left out
    expect(replies[1]).toContain('Amsterdam');
    expect(replies[2]).toContain('www.leiden.nl');
    for (const reply of replies) {
      expect(reply).not.toContain('Source:'); // a refusal quotes nothing
      for (const pattern of CLERK_DETAIL) expect({ reply, found: reply.match(pattern)?.[0] }).toEqual({ reply, found: undefined });
    }
    await page.context().close();
  }, 60_000);

  it.each([
    ['nl', ['Wat doet de gemeente aan de storingen?', 'Wie organiseert de verkiezingen?', 'Wat doet de gemeente met papieren archieven?', 'Hoe informeert de gemeente burgers?', 'welke doelen heeft de gemeente voor dienstverlening?'], 'Bron:'],
    ['en', ['What is being done about the outages?', 'who organises the elections?', 'What is the mission?', 'Which goals are there for service delivery?'], 'Source:'],
  ] as const)('answers residents in %s without codes, line numbers or file names, quoting once with one source', async (lang, questions, source) => {
    const { page } = await open({ lang });
    for (const [i, question] of questions.entries()) {
      const reply = await ask(page, question);
      if (i === 1) await page.screenshot({ path: `docs/website-${lang}.png` }); // the welcome and two answers, as a resident sees them
      // A "did you mean" asks back (its buttons are checked below); every answer names its source once.
      const asksBack = /more than one part|meer dan één deel/.test(reply);
      if (asksBack) for (const s of await page.locator('.webchat__suggested-action').allInnerTexts()) expect(s).not.toMatch(CLERK_DETAIL[0]);
      else expect(reply.split(source).length - 1).toBe(1);
      expect(reply).not.toContain('verwijzing'); // no reference list beside the source
      for (const pattern of CLERK_DETAIL) expect({ question, reply, found: reply.match(pattern)?.[0] }).toEqual({ question, reply, found: undefined });
    }
    // The quote is not repeated in a card: the only card asks whether the answer helped.
    const cards = await page.evaluate(() => Array.from(document.querySelectorAll('.webchat__stacked-layout__attachment')).map((e) => (e as HTMLElement).innerText));
    for (const card of cards) expect(card).toMatch(/^(Was dit antwoord nuttig\?|Was this answer helpful\?)/);
    // Suggested questions in everyday words.
    const suggestions = await page.locator('.webchat__suggested-action').allInnerTexts();
    for (const s of suggestions) expect(s).not.toMatch(CLERK_DETAIL[0]);
    await page.context().close();
  }, 60_000);

  it('adds what was not shown yet when asked "meer hierover", until there is no more', async () => {
    const { page } = await open();
    const shown = [await ask(page, 'Wat doet de gemeente aan de storingen?')];
    const quoteLines = (text: string) => text.split('\n').filter((l) => l.length > 40 && !/^(Bron|Uitleg|Dit zegt|Volgens|Hier)/.test(l));
    let reply = '';
    for (let i = 0; i < 8 && !reply.startsWith('Meer dan dit'); i++) {
      reply = await ask(page, 'meer hierover');
      if (reply.startsWith('Meer dan dit')) break;
      const added = quoteLines(reply);
      expect(added.length).toBeGreaterThan(0);
      for (const line of added) expect(shown.join('\n')).not.toContain(line);
      shown.push(reply);
    }
    expect(shown.length).toBeGreaterThan(2);
    expect(reply).toMatch(/^Meer dan dit staat er niet over in het rapport/);
    await page.context().close();
  }, 90_000);

  it('greets in the language the page is switched to, and shows Dutch times on the Dutch page', async () => {
    const { page } = await open();
    // Dutch page: times in 24-hour Dutch, in what screen readers read too.
    const times = await page.evaluate(() => Array.from(document.querySelectorAll('[aria-label], .webchat__activity-status')).map((e) => `${e.getAttribute('aria-label') ?? ''} ${(e as HTMLElement).innerText ?? ''}`).join('\n'));
    const labels = await page.evaluate(() => document.getElementById('webchat')!.innerText);
    expect(`${times}\n${labels}`).toMatch(/Verzonden om \d{1,2} \w+ (om )?\d{1,2}:\d{2}/);
    expect(`${times}\n${labels}`).not.toMatch(/\b[ap]\.m\.|\b[AP]M\b/);
    await page.click('[data-lang="en"]');
    await waitForWelcome(page, 'en');
    expect((await botMessages(page)).filter((m) => m.startsWith('Welkom'))).toEqual([]); // the Dutch welcome is gone
    expect(await page.getAttribute('#webchat textarea, #webchat input[data-id="webchat-sendbox-input"]', 'placeholder')).toMatch(/^Type your question/);
    await page.click('[data-lang="nl"]');
    await waitForWelcome(page, 'nl');
    await page.context().close();
  }, 60_000);

  it('works with the keyboard alone, including the switch to English', async () => {
    const { page } = await open();
    // Tab through the page to the English button and press it.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.getAttribute('data-lang'))) !== 'en'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getAttribute('[data-lang="en"]', 'aria-pressed')).toBe('true');
    await waitForWelcome(page, 'en');
    // On to the send box, type and send.
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-id') === 'webchat-sendbox-input')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('webchat-sendbox-input');
    await page.keyboard.type('who organises the elections?');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.innerText.includes('Organiseren van verkiezingen'), null, { timeout: 10_000 });
    expect(await page.locator('text=This is what the report says').count()).toBeGreaterThan(0);
    await page.context().close();
  }, 30_000);

  it('has no serious or critical WCAG 2.2 AA violations before and after answers (axe-core)', async () => {
    const { page } = await open({ bypassCSP: true }); // only so axe can be injected
    expect(await seriousViolations(page)).toEqual([]);
    await ask(page, 'welke prestaties vallen onder 1A2?');
    await ask(page, 'Wat doet de gemeente aan de storingen?');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
