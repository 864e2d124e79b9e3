/** The tool's own version, from the package.json beside its sources or its compiled `dist/` (found by walking up). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function toolVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'vitec-codegen' && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) return '0.0.0-unknown';
  }
}
