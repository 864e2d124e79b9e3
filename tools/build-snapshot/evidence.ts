/** Reading the evidence folder (`vitec-docs/`): the tool's only input, read once at the edge. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface EvidenceFile {
  /** Path relative to the evidence folder, for messages. */
  name: string;
  text: string;
}

export interface Evidence {
  endpoints: EvidenceFile[];
  models: EvidenceFile[];
  category: EvidenceFile;
  technicalInformation: EvidenceFile;
  /** `seed-User-Notify.txt`: the original Notify page text, with its XML samples. */
  seed: EvidenceFile;
}

async function one(dir: string, name: string): Promise<EvidenceFile> {
  try {
    return { name, text: await readFile(path.join(dir, name), 'utf8') };
  } catch (err) {
    throw new Error(
      `${path.join(dir, name)}: cannot read evidence file (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      { cause: err },
    );
  }
}

async function folder(dir: string, sub: string): Promise<EvidenceFile[]> {
  let names: string[];
  try {
    names = (await readdir(path.join(dir, sub))).filter((n) => n.endsWith('.md')).sort();
  } catch (err) {
    throw new Error(
      `${path.join(dir, sub)}: cannot list evidence folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      { cause: err },
    );
  }
  return Promise.all(names.map((n) => one(dir, `${sub}/${n}`)));
}

export async function readEvidence(dir: string): Promise<Evidence> {
  const [endpoints, models, category, technicalInformation, seed] = await Promise.all([
    folder(dir, 'api'),
    folder(dir, 'models'),
    one(dir, 'crm-contact.md'),
    one(dir, 'technical-information.md'),
    one(dir, 'seed-User-Notify.txt'),
  ]);
  return { endpoints, models, category, technicalInformation, seed };
}
