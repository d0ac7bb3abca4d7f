import { join } from 'node:path';
import { CHROMIUM_DIR, CHROMIUM_PACKAGE_VERSION, launchBrowser } from './support/browser.js';

describe('the headless Chromium of the browser specs', () => {
  test('is the version the lockfile pins, unpacked into a folder of the project keyed by that version', async () => {
    const browser = await launchBrowser();
    try {
      expect(CHROMIUM_DIR).toBe(join(__dirname, '..', '.tmp', `chromium-${CHROMIUM_PACKAGE_VERSION}`));
      expect(browser.executablePath).toBe(join(CHROMIUM_DIR, 'chromium'));
      // @sparticuz/chromium's major is Chromium's: 147.0.0 ships HeadlessChrome/147.x.
      expect(browser.version).toMatch(new RegExp(`^HeadlessChrome/${CHROMIUM_PACKAGE_VERSION.split('.')[0]}\\.`));
      const { page, errors } = await browser.newPage();
      expect(await page.evaluate('navigator.userAgent')).toContain(browser.version.split('/')[1]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
