// The floor for `tanqih normalize`: read a UTF-8 file as text and write it back unchanged to stdout.
import { readFileSync } from 'node:fs';

process.stdout.write(readFileSync(process.argv[2], 'utf8'));
