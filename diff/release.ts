/**
 * What a set of API changes means for the SDK's version and changelog: semver from the diff's
 * levels (a breaking change bumps the major, a non-breaking one the minor, an info-only diff the
 * patch; below 1.0.0 too, so a breaking change never hides in a 0.x minor), and a dated entry.
 */
import type { Change } from './change.js';
import { countByLevel, formatMarkdown } from './format.js';

export type Bump = 'major' | 'minor' | 'patch';

/** The bump a diff calls for; null when there is nothing to release. */
export function bumpFor(changes: readonly Change[]): Bump | null {
  if (changes.length === 0) return null;
  const counts = countByLevel(changes);
  return counts.breaking > 0 ? 'major' : counts['non-breaking'] > 0 ? 'minor' : 'patch';
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function isReleaseVersion(version: string): boolean {
  return SEMVER.test(version);
}

export function nextVersion(version: string, bump: Bump): string {
  const m = SEMVER.exec(version);
  if (m === null) throw new Error(`version ${JSON.stringify(version)}: expected major.minor.patch, e.g. 1.4.0`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const HEADER = '# Changelog\n\nAPI changes of each release, newest first, as `vitec-codegen diff` reports them.\n';

/** `existing` (or a new changelog) with the entry for `version` first; the diff's tables one level down. */
export function withEntry(existing: string | null, version: string, date: string, changes: readonly Change[]): string {
  const entry = formatMarkdown(changes, { title: `${version} (${date})` })
    .replace(/^### /gm, '#### ')
    .trimEnd();
  // A changelog of another shape is kept whole, below the new entry: nothing a person wrote is lost.
  const rest = (existing?.startsWith(HEADER) ? existing.slice(HEADER.length) : (existing ?? '')).trim();
  return `${HEADER}\n${entry}\n${rest === '' ? '' : `\n${rest}\n`}`;
}
