/** The default User-Agent names the tool, its version and where to find it, as polite crawlers do. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface PackageJson {
  name?: string;
  version?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/** `vitec-codegen/<version> (+<repository>)`, read from the package.json above this module. */
export function defaultUserAgent(): string {
  const pkg = findPackageJson(path.dirname(fileURLToPath(import.meta.url)));
  const version = pkg?.version ?? '0.0.0';
  const repo = typeof pkg?.repository === 'string' ? pkg.repository : (pkg?.repository?.url ?? pkg?.homepage);
  const home = repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  return home ? `vitec-codegen/${version} (+${home})` : `vitec-codegen/${version}`;
}

// Walks up because the module runs both from source (crawler/) and compiled (dist/crawler/).
function findPackageJson(from: string): PackageJson | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
      if (pkg.name === 'vitec-codegen') return pkg;
    } catch {
      // No readable package.json here: keep walking up.
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}
