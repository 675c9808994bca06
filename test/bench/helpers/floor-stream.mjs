// The streaming floor, for inputs too big for one string (V8 caps a string near 512 MB): read the file in chunks
// decoded as UTF-8 text and write each back unchanged to stdout.
import { createReadStream } from 'node:fs';

const input = createReadStream(process.argv[2], { highWaterMark: 1 << 20, encoding: 'utf8' });
for await (const text of input) {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}
