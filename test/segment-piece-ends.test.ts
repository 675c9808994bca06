import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsClause, endsSentence } from '../src/segment/layouts/piece-ends.js';

// The headline split asks how a piece ends from its last units instead of two expressions anchored at its end;
// each must answer as its expression does, whatever stands before the end (long pieces included).

const sentenceEnd = /[.!?؟…]["'”»)]*$/u;
const clauseEnd = /[.،,:]$/u;

const units = fc.constantFrom(
  '.', '!', '?', '؟', '…', '،', ',', ':', '"', "'", '\u201D', '»', ')', ']', '(', '«', '\u201C', ' ', '\u00A0', '\n', 'ا', 'قال',
  'x', '1', '٣', '\u064B', '\u0640', '\u200F', '\uD83D\uDE00', '\uD83D', '\uDE00', ';', '؛',
);
const piece = (maxLength: number): fc.Arbitrary<string> => fc.array(units, { maxLength }).map((a) => a.join(''));

describe('piece ends', () => {
  it('answer as the expressions anchored at the end (short and long pieces)', () => {
    const check = (t: string): void => {
      expect(endsSentence(t), JSON.stringify(t)).toBe(sentenceEnd.test(t));
      expect(endsClause(t), JSON.stringify(t)).toBe(clauseEnd.test(t));
    };
    fc.assert(fc.property(piece(8), check), { numRuns: 20000 });
    fc.assert(fc.property(piece(600), check), { numRuns: 300 });
  });

  it('see a stop behind closing marks, and nothing else (hand-written)', () => {
    for (const t of ['انتهى.', 'انتهى؟', 'انتهى!"', 'انتهى.»)', 'انتهى…\u201D', '.', '."\'']) expect(endsSentence(t), t).toBe(true);
    for (const t of ['', '"', 'انتهى', 'انتهى. ', 'انتهى.]', 'انتهى،', 'انتهى:', '.x']) expect(endsSentence(t), t).toBe(false);
    for (const t of ['قال:', 'قال،', 'قال,', 'قال.']) expect(endsClause(t), t).toBe(true);
    for (const t of ['', 'قال', 'قال: ', 'قال؛', 'قال!']) expect(endsClause(t), t).toBe(false);
  });
});
