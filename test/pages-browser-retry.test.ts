import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser.js';

// The browser test's screenshot retries only Chromium's transient "Unable to capture screenshot", and not forever.
function fakePage(errors: string[]) {
  const calls = { shots: 0, waits: 0 };
  const page = {
    screenshot: async () => {
      calls.shots++;
      const e = errors.shift();
      if (e !== undefined) throw new Error(e);
      return Buffer.alloc(0);
    },
    waitForTimeout: async () => {
      calls.waits++;
    },
  };
  return { page, calls };
}

describe('screenshot', () => {
  it('tries again after "Unable to capture screenshot", and succeeds', async () => {
    const { page, calls } = fakePage(['Protocol error (Page.captureScreenshot): Unable to capture screenshot', 'Protocol error (Page.captureScreenshot): Unable to capture screenshot']);
    await screenshot(page, '/nowhere.png');
    expect(calls).toEqual({ shots: 3, waits: 2 });
  });

  it('gives up after the third failure', async () => {
    const { page, calls } = fakePage(Array(5).fill('Unable to capture screenshot'));
    await expect(screenshot(page, '/nowhere.png')).rejects.toThrow('Unable to capture screenshot');
    expect(calls.shots).toBe(3);
  });

  it('does not try again after any other error', async () => {
    const { page, calls } = fakePage(['Target page, context or browser has been closed']);
    await expect(screenshot(page, '/nowhere.png')).rejects.toThrow('closed');
    expect(calls.shots).toBe(1);
  });
});
