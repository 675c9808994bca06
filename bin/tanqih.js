#!/usr/bin/env node
import { exitWith } from '../dist/cli/entry-point.js';
import { main } from '../dist/cli/main.js';

exitWith(main(process.argv.slice(2), process), process);
