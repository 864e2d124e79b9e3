// Loaded with `node --import` into a benchmarked process: at exit it writes the process's own CPU time and
// peak RSS to the file named by VITEC_BENCH_RUSAGE, so the parent can compare whole processes fairly.
import { writeFileSync } from 'node:fs';

const file = process.env.VITEC_BENCH_RUSAGE;
if (file) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, maxRssKb: r.maxRSS }));
  });
}
