#!/usr/bin/env node
// Re-runs the reproductions of issue 13 against the built CLI (npm run build first) and prints one line per item:
//   N. fixed: what happens now | documented: where | NOT FIXED: what happened
//   node test/issue-13-status.mjs [ITEM...]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = path.join(root, 'bin/tanqih.js');
const testBin = path.join(root, 'test/helpers/tanqih-test-bin.mjs');
const tmp = mkdtempSync(path.join(tmpdir(), 'tanqih-i13-'));
const env = { ...process.env, NO_COLOR: '1', CI: 'true' };
const run = (args, o = {}) => spawnSync(process.execPath, [o.bin ?? bin, ...args], { cwd: o.cwd ?? tmp, env: { ...env, ...o.env }, input: o.input ?? '', encoding: 'utf8', timeout: o.timeout ?? 60_000, maxBuffer: 1 << 30 });
const art = (i) => `خبر رقم ${i} عن افتتاح مكتبة عامة جديدة\n\nافتتحت البلدية مكتبة عامة جديدة في وسط المدينة بعد أعمال استمرت ${i + 2} أشهر، وقال رئيس البلدية إنها ستفتح كل يوم.\n`;
const folder = (n, dir = mkdtempSync(path.join(tmp, 'in-'))) => {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), art(i));
  return dir;
};
const outs = (out) => (existsSync(out) ? readdirSync(out).filter((f) => !f.startsWith('.')) : []);
const can = (cmd, args) => spawnSync(cmd, args).status === 0;
const fixed = (ok, now, otherwise) => (ok ? `fixed: ${now}` : `NOT FIXED: ${otherwise}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const items = {
  1: () => {
    const out = path.join(tmp, 'o1');
    const r = run(['ingest', folder(5), '--out', out], { bin: testBin, env: { TANQIH_TEST_WRITE_FAULT: 'SHORT@3' } });
    return fixed(r.status === 74 && outs(out).length === 2, 'a short write then ENOSPC exits 74; the 2 outputs before it are complete, none truncated (test/reliability-writes.test.ts also fills a real tmpfs)', `exit ${r.status}, outputs ${outs(out)}`);
  },
  2: () => {
    const work = mkdtempSync(path.join(tmp, 'sp-'));
    folder(3, path.join(work, 'sp'));
    run(['ingest', 'sp', '--out', 'o'], { cwd: work });
    const r = run(['ingest', './sp', '--out', 'o', '--prune'], { cwd: work });
    // (issue 17 renamed "skipped" to "unchanged" in the summary)
    return fixed(outs(path.join(work, 'o')).length === 3 && /3 (?:skipped|unchanged)/.test(r.stderr), 'sp then ./sp with --prune: all 3 unchanged, nothing pruned (keys are real paths relative to --out)', r.stderr.trim());
  },
  3: () => {
    const input = folder(3);
    const out = path.join(tmp, 'o3');
    run(['ingest', input, '--out', out]);
    for (const f of readdirSync(input)) unlinkSync(path.join(input, f));
    const r = run(['ingest', input, '--out', out, '--prune']);
    const m = run(['ingest', input, path.join(tmp, 'nope'), '--out', out, '--prune']);
    // (an empty input folder: since issue 17 "no input matched" is exit 66 of its own; before, --prune refused it with 1)
    return fixed((r.status === 1 || r.status === 66) && m.status === 66 && outs(out).length === 3, `an empty input prunes nothing (exit ${r.status}: no input matched) unless --force; after a read error or a missing input (66) nothing is pruned`, `exit ${r.status}/${m.status}, ${outs(out).length} outputs left`);
  },
  4: async () => {
    const input = folder(40);
    const out = path.join(tmp, 'o4');
    run(['ingest', input, '--out', out, '-j', '1']);
    for (let i = 0; i < 40; i++) writeFileSync(path.join(input, `a${String(i).padStart(2, '0')}.txt`), art(i + 50));
    const child = spawn(process.execPath, [testBin, 'ingest', input, '--out', out, '-j', '1'], { env: { ...env, TANQIH_TEST_WRITE_DELAY_MS: '100' }, stdio: 'ignore' });
    const code = new Promise((resolve) => child.on('close', resolve));
    await sleep(1500);
    child.kill('SIGINT');
    const c = await code;
    const n = Object.keys(JSON.parse(readFileSync(path.join(out, '.tanqih-manifest.json'), 'utf8')).files).length;
    return fixed(c === 130 && n === 40, 'SIGINT mid re-run: exit 130, the manifest keeps all 40 entries (merged); exit 73/74 also saves what was done; a failing input loses its output under --prune', `exit ${c}, ${n} entries`);
  },
  5: () => {
    const input = folder(1);
    writeFileSync(path.join(input, '.tanqih-manifest.txt'), art(9));
    const r = run(['ingest', input, path.join(input, '.tanqih-manifest.txt'), '--out', path.join(tmp, 'o5')]);
    return fixed(r.status === 73 && /io\/output-reserved/.test(r.stderr), 'refused before any work (exit 73, io/output-reserved)', `exit ${r.status}`);
  },
  6: async () => {
    const input = folder(20);
    const out = path.join(tmp, 'o6');
    const first = spawn(process.execPath, [testBin, 'ingest', input, '--out', out, '-j', '1'], { env: { ...env, TANQIH_TEST_WRITE_DELAY_MS: '80' }, stdio: 'ignore' });
    const done = new Promise((resolve) => first.on('close', resolve));
    while (!existsSync(path.join(out, '.tanqih-manifest.lock'))) await sleep(20);
    const second = run(['ingest', input, '--out', out, '--profile', 'search']);
    await done;
    return fixed(second.status === 75, `a second run fails fast: exit 75, "${second.stderr.trim().slice(0, 60)}…"`, `exit ${second.status}`);
  },
  7: () => {
    const input = folder(1);
    const out = path.join(tmp, 'o7');
    run(['ingest', input, '--out', out]);
    const victim = mkdtempSync(path.join(tmp, 'victim-'));
    writeFileSync(path.join(victim, 'keep.txt'), 'keep');
    const m = JSON.parse(readFileSync(path.join(out, '.tanqih-manifest.json'), 'utf8'));
    m.files['../x.txt'] = { size: 1, mtimeMs: 1, hash: 'a'.repeat(40), output: `../${path.basename(victim)}/keep.txt` };
    writeFileSync(path.join(out, '.tanqih-manifest.json'), JSON.stringify(m));
    const r = run(['ingest', input, '--out', out, '--prune']);
    return fixed(existsSync(path.join(victim, 'keep.txt')) && /manifest\/invalid/.test(r.stderr), 'the manifest is checked on load (manifest/invalid, rebuilt), deletes are confined to --out', 'the victim was deleted');
  },
  8: () => {
    // a null device of our own: never /dev/null itself, which code with the bug would replace
    const device = path.join(tmp, 'null-device');
    if (!can('mknod', ['-m', '666', device, 'c', '1', '3'])) return 'skipped: cannot mknod here';
    const r = run(['ingest', folder(1), '--report', device]);
    return fixed(r.status === 73 && lstatSync(device).isCharacterDevice(), 'the report temp file is new (O_EXCL|O_NOFOLLOW, random name); a FIFO or device at the report path: exit 73, left as it is', `exit ${r.status}`);
  },
  9: () => {
    const input = folder(1);
    mkdirSync(path.join(input, 'zz'));
    writeFileSync(path.join(input, 'zz', 'b.txt'), art(2));
    const out = mkdtempSync(path.join(tmp, 'o9-'));
    symlinkSync(mkdtempSync(path.join(tmp, 'away-')), path.join(out, 'zz'));
    const r = run(['ingest', input, '--out', out]);
    return fixed(r.status === 73 && readdirSync(out).length === 1, 'refused before any output (exit 73); each write then checks its folder is the one checked (device, inode)', `exit ${r.status}, ${readdirSync(out)}`);
  },
  10: () => {
    const input = mkdtempSync(path.join(tmp, 'md-'));
    writeFileSync(path.join(input, 'a.txt'), 'عنوان\n\nنص فيه <img src=x onerror=alert(1)> وكلام كثير آخر هنا.\n');
    const r = run(['ingest', input, '--format', 'md']);
    return fixed(!r.stdout.includes('<img') && r.stdout.includes('&lt;img'), 'escaped by default (&lt;img …); --md-raw keeps raw text', 'raw HTML in the output');
  },
  11: () => {
    const f = path.join(tmp, 'rules.json');
    writeFileSync(f, JSON.stringify({ patterns: ['^(\u0627+)+$'] }));
    const r = run(['ingest', '-', '--rules', f], { input: art(1) });
    return fixed(r.status === 78, 'nested repetitions refused (exit 78, safe-regex2), invalid patterns exit 78, lines over 200 characters never tried (README: --rules)', `exit ${r.status}`);
  },
  12: () => {
    const input = folder(40);
    writeFileSync(path.join(input, 'big.txt'), `عنوان\n\n${'جملة من نص عربي طويل على سطر واحد '.repeat(500_000)}`);
    const r = run(['ingest', input, '-q', '-j', '2'], { bin: testBin, env: { TANQIH_TEST_WORKER_HEAP_MB: '16' }, timeout: 120_000 });
    return fixed(r.status === 0, `a ${Math.round(lstatSync(path.join(input, 'big.txt')).size / 1e6)} MB one-line file runs alone on a thread sized to it: exit 0 (the SIGABRT itself did not reproduce here)`, `exit ${r.status} ${r.signal ?? ''}`);
  },
  13: () => {
    // a page with an inline blob of links, at two sizes: 4x the input should cost about 4x the time
    const page = (n) => `عنوان الصفحة ${'http://example.org/a/b'.repeat(n)} نص عربي بعد الروابط.`;
    const time = (n) => {
      const t0 = Date.now();
      const r = run(['ingest', '-', '-q'], { input: page(n), timeout: 120_000 });
      return { ms: Date.now() - t0, status: r.status };
    };
    time(2_000); // warm the disk cache and the binary
    const small = time(20_000);
    const big = time(80_000);
    const ratio = big.ms / Math.max(small.ms, 1);
    return fixed(big.status === 0 && ratio < 8, `linear: 4x the links cost ${ratio.toFixed(1)}x (${small.ms} ms, ${big.ms} ms; widgets.ts is gone, a collapsed page is cut into pieces by linear expressions; test/segment-superlinear.test.ts)`, `4x the input cost ${ratio.toFixed(1)}x`);
  },
  14: () => {
    const input = mkdtempSync(path.join(tmp, 'slow-'));
    for (let i = 0; i < 20; i++) writeFileSync(path.join(input, `s${i}.txt`), `عنوان ${i}\n\n${'جملة من نص عربي طويل على سطر واحد '.repeat(45_000)}`);
    const t0 = Date.now();
    const whole = run(['ingest', input, '-q', '-j', '1']);
    const full = Date.now() - t0;
    const t1 = Date.now();
    const child = spawnSync('bash', ['-c', `"$0" "$1" ingest "$2" -q -j 1 > /dev/null & p=$!; sleep ${(full * 0.3) / 1000}; kill -INT $p; wait $p; echo $?`, process.execPath, bin, input], { encoding: 'utf8' });
    const stoppedMs = Date.now() - t1;
    return fixed(whole.status === 0 && child.stdout.trim() === '130' && stoppedMs < full * 0.7, `-j 1: SIGINT at 30% ends the run at ${Math.round((100 * stoppedMs) / full)}% with exit 130 (a turn of the event loop between files; files over 2 MiB run on a thread a stop terminates)`, `exit ${child.stdout.trim()} after ${stoppedMs} of ${full} ms`);
  },
  15: () => {
    if (!can('mkfifo', [path.join(tmp, 'probe')])) return 'skipped: mkfifo unavailable';
    const input = folder(2);
    const out = path.join(tmp, 'o15');
    run(['ingest', input, '--out', out]);
    unlinkSync(path.join(input, 'a00.txt'));
    execFileSync('mkfifo', [path.join(input, 'a00.txt')]);
    const r = run(['ingest', input, '--out', out, '--check'], { timeout: 20_000 });
    return fixed(r.status === 1 && r.signal === null, '--check reads as a run does: a FIFO or /dev/zero is "changed, and cannot be read", no hang', `exit ${r.status} ${r.signal}`);
  },
  16: () => {
    const input = folder(2);
    const a = spawnSync('bash', ['-c', `"$0" "$1" ingest "$2" > /dev/full; echo $?`, process.execPath, bin, input], { encoding: 'utf8' });
    const b = spawnSync('bash', ['-c', `"$0" "$1" ingest "$2" 2> /dev/full | wc -l; echo \${PIPESTATUS[0]}`, process.execPath, bin, input], { encoding: 'utf8' });
    return fixed(a.stdout.trim() === '74' && b.stdout.trim().split('\n')[1] === '74' && !/at .*js:\d/.test(a.stderr), '> /dev/full: exit 74, one message; 2> /dev/full: all records, exit 74; EPIPE stays 0', `${a.stdout.trim()} / ${b.stdout.trim()}`);
  },
  17: () => {
    const input = folder(1);
    writeFileSync(path.join(input, `${'ب'.repeat(125)}x.txt`), art(3));
    const r = run(['ingest', input, '--out', path.join(tmp, 'o17')]);
    return fixed(r.status === 1 && /io\/output-name-too-long/.test(r.stderr), 'that file fails (io/output-name-too-long), the others are written, exit 1', `exit ${r.status}`);
  },
  18: () => {
    const bad = ['1e3', '0x10', '257'].map((j) => run(['ingest', folder(1), '-j', j]).status);
    return fixed(bad.every((c) => c === 64), '-j takes decimal 1..256 (else 64; config: 78); threads start only when work finds none idle, at most 4 per core', `exits ${bad}`);
  },
  19: () => {
    const out = path.join(tmp, 'o19');
    mkdirSync(out);
    writeFileSync(path.join(out, '.tanqih-tmp-999999999-0'), '');
    const r = run(['ingest', folder(1), '--out', out]);
    return fixed(r.status === 0 && !existsSync(path.join(out, '.tanqih-tmp-999999999-0')), 'temp names carry a random part; leftovers of dead runs are swept from --out folders', `exit ${r.status}`);
  },
  20: () => {
    const arabic = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في شمال المدينة';
    const overlong = Buffer.concat([Buffer.from(`${arabic} `, 'utf8'), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from(` ${arabic}`, 'utf8')]);
    const f = path.join(tmp, 'overlong.txt');
    writeFileSync(f, overlong);
    const r = run(['ingest', f]);
    const rec = JSON.parse(r.stdout.split('\n')[0] || '{}');
    return fixed(rec.encoding?.name === 'utf-8' && r.stderr.includes('decode/invalid-bytes'), 'damaged UTF-8 (a cut character, overlong or CESU bytes) stays UTF-8: the bad bytes are U+FFFD with decode/invalid-bytes, the rest reads right (test/decode-damaged-utf8.test.ts)', `read as ${rec.encoding?.name}`);
  },
  21: () => {
    const dir = mkdtempSync(path.join(tmp, 'raw-'));
    const sub = Buffer.concat([Buffer.from(`${dir}/f`), Buffer.from([0xe9])]);
    mkdirSync(sub);
    writeFileSync(Buffer.concat([sub, Buffer.from('/a.txt')]), art(1));
    const r = run(['ingest', dir]);
    return fixed(r.status === 0 && r.stdout.includes('\\udce9'), 'walked; names kept losslessly (\\udcXX in records)', `exit ${r.status}: ${r.stderr.trim()}`);
  },
  22: () => {
    const r = run(['ingest', '--stdin-format', 'jsonl', '--max-bytes', '1k'], { input: `${JSON.stringify({ path: 'x', text: 'ن'.repeat(3000) })}\n${JSON.stringify({ path: 'y', bytes_b64: '***' })}\n` });
    return fixed(/io\/too-large/.test(r.stderr) && /not valid base64/.test(r.stderr), '--max-bytes per record (long lines skipped unread), strict base64, lone surrogates warned (io/lone-surrogate)', r.stderr.trim());
  },
  23: () => {
    const dir = mkdtempSync(path.join(tmp, 'cfg-'));
    writeFileSync(path.join(dir, 'tanqih.config.json'), '{"glob": ""}');
    const r = run(['ingest', '.'], { cwd: dir });
    return fixed(r.status === 78, 'unknown encoding, empty glob, own keys only, BOM allowed, search stops at .git/home/top-level folders, config out vs jsonl (README: Config file)', `exit ${r.status}`);
  },
  24: () => {
    const f = path.join(tmp, 'huge.txt');
    writeFileSync(f, '');
    truncateSync(f, 300 * 1024 * 1024);
    const r = run(['ingest', f, '--max-bytes', '2G']);
    return fixed(/largest text tanqih can hold/.test(r.stderr), 'io/too-large names the limit (200 MiB); a broken manifest is reported (manifest/invalid) and rebuilt', r.stderr.trim());
  },
  25: () => {
    const n = run(['normalize', tmp]).status;
    return fixed(n === 1, `normalize/inspect exit 1 like ingest; read-only --out says EROFS; DEL/NEL escaped in YAML; backslashes doubled in messages; tanqih merge replaces sort -m; --out memory: documented (README: Batch runs, "Memory")`, `normalize exit ${n}`);
  },
};

const only = process.argv.slice(2);
for (const [n, check] of Object.entries(items)) {
  if (only.length > 0 && !only.includes(n)) continue;
  let line;
  try {
    line = await check();
  } catch (err) {
    line = `NOT FIXED: the reproduction threw ${err instanceof Error ? err.message : String(err)}`;
  }
  console.log(`${n.padStart(2)}. ${line}`);
}
rmSync(tmp, { recursive: true, force: true });

