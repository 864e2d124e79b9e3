// Loaded with `node --import` into a benchmarked process: at exit it writes the process's own CPU time and
// peak RSS to the file named by VITEC_BENCH_RUSAGE, so the parent can compare whole processes fairly.
import { readFileSync, writeFileSync } from 'node:fs';

// Peak RSS of this program alone. On Linux, getrusage's ru_maxrss survives execve, so a child forked by a large
// bench process reports at least the bench's own RSS at the fork (measured: --help "used" 218 MB under a parent
// holding 200 MB, 58 MB alone); VmHWM belongs to the address space exec made. Elsewhere, ru_maxrss.
function peakRssKb() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // no procfs: not Linux
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.VITEC_BENCH_RUSAGE;
if (file) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, maxRssKb: peakRssKb() }));
  });
}
