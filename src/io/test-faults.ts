/**
 * Fault injection FOR TESTS ONLY: lets the suite simulate a full disk and slow writes on machines where
 * a tiny tmpfs cannot be mounted. Read from the environment once; unset in normal use, where it costs nothing.
 *
 *   TANQIH_TEST_WRITE_FAULT=ENOSPC@3   the 3rd output write fails with ENOSPC after half its bytes
 *   TANQIH_TEST_WRITE_DELAY_MS=40      each output write pauses this long between temp file and rename
 */
const faultSpec = /^([A-Z]+)@(\d+)$/.exec(process.env.TANQIH_TEST_WRITE_FAULT ?? '');
const delayMs = Number(process.env.TANQIH_TEST_WRITE_DELAY_MS ?? 0) || 0;
let writes = 0;

/** The injected error for this write, if any (counts writes). */
export function injectedWriteFault(): NodeJS.ErrnoException | null {
  writes++;
  if (!faultSpec || Number(faultSpec[2]) !== writes) return null;
  const code = faultSpec[1]!;
  return Object.assign(new Error(`${code}: injected write fault (test hook)`), { code });
}

/** Waits the injected delay, if any. */
export async function injectedWriteDelay(): Promise<void> {
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
}
