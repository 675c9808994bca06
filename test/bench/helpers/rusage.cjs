// Preloaded into a measured process: at exit it writes its CPU time and peak RSS as JSON to fd 3.
const { writeSync } = require('node:fs');

process.on('exit', () => {
  const r = process.resourceUsage();
  try {
    writeSync(3, JSON.stringify({ cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, maxRssKb: r.maxRSS }));
  } catch {
    // fd 3 not open: run by hand
  }
});
