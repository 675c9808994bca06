import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/cli.js';

// Issue 17.6: every field of the record a library user gets has a doc comment (what an editor shows on hover).
// Read from the source with the TypeScript parser: the interfaces that make up a record.
const recordTypes = ['Segmented', 'Article', 'Block', 'BoilerplateLine', 'HijriDate', 'Dateline', 'EncodingReport', 'Warning'];

function undocumented(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const missing: string[] = [];
  let seen = 0;
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || !recordTypes.includes(node.name.text)) return;
    seen++;
    for (const m of node.members) {
      if (!ts.isPropertySignature(m)) continue;
      const docs = ts.getJSDocCommentsAndTags(m).filter((d) => ts.isJSDoc(d) && typeof d.comment === 'string' && d.comment.trim().length > 3);
      if (docs.length === 0) missing.push(`${node.name.text}.${m.name.getText(source)}`);
    }
  });
  expect(seen, 'the record interfaces are in src/core/types.ts').toBe(recordTypes.length);
  return missing;
}

describe('issue 17.6: the record is documented where library users read it', () => {
  it('every field of every record interface has a doc comment', () => {
    expect(undocumented(path.join(root, 'src/core/types.ts'))).toEqual([]);
  });
});
