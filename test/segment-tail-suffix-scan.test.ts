import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterLastSentence } from '../src/segment/tail/suffix.js';

// afterLastSentence tries the fragment expression at the last stop only; it must find what the expression finds
// when tried at every place of the text.
const reference = /([.!?؟…]["'”»)\]]*)\s+([^.!?؟…]{2,160})$/u;
const units = ['.', '!', '?', '؟', '…', '"', '»', ')', ']', ' ', '\u00A0', '\n', 'ا', 'ل', 'و', 'x', '1', '،'];

describe('afterLastSentence', () => {
  it('finds the same fragment as the expression tried everywhere (texts up to 240 units)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { minLength: 0, maxLength: 240 }), (a) => {
        const text = a.join('');
        const want = reference.exec(text);
        const got = afterLastSentence(text);
        expect(got ? [got[0], got[1], got[2]] : null).toEqual(want ? [want[0], want[1], want[2]] : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a fragment after the last stop, and none after a closing stop', () => {
    expect(afterLastSentence('قال الوزير. وأضاف. كلمات بعد الجملة')?.[2]).toBe('كلمات بعد الجملة');
    expect(afterLastSentence('قال الوزير». كلمات')?.[1]).toBe('.');
    expect(afterLastSentence('قال الوزير. وأضاف.')).toBeNull();
    expect(afterLastSentence('بلا نقطة')).toBeNull();
    // a stop then a single letter: the fragment needs two units
    expect(afterLastSentence('انتهى. ا')).toBeNull();
  });
});
