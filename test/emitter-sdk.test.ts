import { readdir, readFile } from 'node:fs/promises';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { docBlock, escapeDoc, paramText } from '../emitter/docs.js';
import { emitSdk } from '../emitter/index.js';
import { printFile } from '../emitter/printer.js';
import { GENERATED_BANNER } from '../emitter/sdk.js';
import { fixtureIr, HOSTILE_DOC } from './emitter-fixture.js';

const files = emitSdk(fixtureIr());
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const file = (name: string): string => {
  const text = files.get(name);
  if (text === undefined) throw new Error(`not emitted: ${name}`);
  return text;
};

describe('emitSdk', () => {
  it('is deterministic: a second run gives the same files, byte for byte', () => {
    const again = emitSdk(fixtureIr());
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [name, text] of files) expect(again.get(name), name).toBe(text);
  });

  it('lists files sorted, with LF line ends, and no absolute paths or timestamps', () => {
    const names = [...files.keys()];
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const [name, text] of files) {
      expect(text, name).not.toContain('\r');
      expect(text, name).not.toContain(process.cwd());
      expect(text, name).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(?!\.0000000\+01:00)/);
    }
  });

  it('emits the package layout of the shared SDK picture', () => {
    expect([...files.keys()].filter((n) => !n.startsWith('src/runtime/'))).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
      'src/client.ts',
      'src/client/crm-contact.ts',
      'src/client/estate.ts',
      'src/client/user.ts',
      'src/core.ts',
      'src/index.ts',
      'src/models/common.ts',
      'src/models/crm.ts',
      'src/models/estate.ts',
      'src/models/index.ts',
      'src/models/search.ts',
      'src/models/user.ts',
      'src/operations/crm-contact.ts',
      'src/operations/estate.ts',
      'src/operations/user.ts',
      'src/xml-browser.ts',
      'src/xml.ts',
      'tsconfig.json',
    ]);
    expect(files.has('openapi.json')).toBe(false);
    expect(files.has('src/runtime/schema.ts')).toBe(true);
  });

  it('writes the Notify function and the method over it as the seed describes them', () => {
    const ops = file('src/operations/user.ts');
    expect(ops).toMatch(
      /export function userNotify\(\s*core: HttpCore,\s*customerId: string,\s*body: Notification,\s*options\?: RequestOptions,?\s*\): Promise<boolean> \{\s*return core\.call<boolean>\(userNotifySpec, \{ path: \[customerId\], body \}, options\);/,
    );
    expect(ops).toContain("body: { kind: 'ref', to: () => NotificationDesc },");
    // Only what its operations name: the models' descriptors, never a registry of all of them.
    expect(ops).toMatch(/^import \{ type Notification, NotificationDesc \} from '\.\.\/models\/user\.js';$/m);
    expect(ops).toContain('@see https://connect.maklare.vitec.net/Help/Api/POST-User-Notify-customerId');
    const user = file('src/client/user.ts');
    expect(user).toContain('export class UserApi');
    expect(user).toMatch(
      /notify\(customerId: string, body: Notification, options\?: RequestOptions\): Promise<boolean>/,
    );
    expect(user).toContain("import { userNotify } from '../operations/user.js';");
    expect(user).toContain('return userNotify(this.#core, customerId, body, options);');
    expect(user).toContain('@see https://connect.maklare.vitec.net/Help/Api/POST-User-Notify-customerId');
    expect(file('src/client.ts')).toMatch(/readonly user: UserApi;/);
    expect(file('src/client.ts')).toContain('this.user = new UserApi(this.core);');
    expect(file('src/core.ts')).toMatch(/export function createCore\(options: ClientOptions\): HttpCore \{/);
    expect(file('src/xml.ts')).toContain("export { xmlCodec } from './runtime/xml.js';");
    expect(file('src/index.ts')).not.toMatch(/xml\.js|xml-browser/);
  });

  it('models: wire-name keys, required vs optional-nullable, enums as union plus const', () => {
    const user = file('src/models/user.ts');
    expect(user).toMatch(/export interface Notification \{/);
    expect(user).toContain('sms?: boolean | null;');
    expect(user).toContain('recipients?: string[] | null;');
    const crm = file('src/models/crm.ts');
    expect(crm).toContain("export type ContactStatus = 'Active' | 'Inactive';");
    expect(crm).toMatch(/export const ContactStatus = \{[^]*?Active: 'Active',[^]*?\} as const;/);
    expect(crm).toContain('id: string;');
    expect(crm).toContain('@maxLength 40');
    expect(crm).toContain("import { type Address, AddressDesc } from './common.js';");
  });

  it("links a model's doc to the page the IR names as its own, else to the first page that inlines it", () => {
    const ir = fixtureIr();
    const help = 'https://connect.maklare.vitec.net/Help';
    const inline = `${help}/Api/GET-Estate-customerId-estateId`;
    const own = `${help}/ResourceModel?modelName=Estate_Image`;
    ir.types = ir.types.map((t) =>
      t.id === 'Estate_Image'
        ? { ...t, sources: [inline, own], pageUrl: own }
        : t.id === 'Crm_Promise'
          ? { ...t, sources: [inline, `${help}/ResourceModel?modelName=Crm_Promise`], pageUrl: null }
          : t,
    );
    const out = emitSdk(ir);
    expect(out.get('src/models/estate.ts')).toMatch(
      new RegExp(`@see ${escape(own)}\\s*\\*/\\s*export interface Image `),
    );
    expect(out.get('src/models/crm.ts')).toMatch(
      new RegExp(`@see ${escape(inline)}\\s*\\*/\\s*export interface Crm_Promise `),
    );
  });

  it('types dangling references and unknown phrases as unknown, with a note', () => {
    const crm = file('src/models/crm.ts');
    expect(crm).toContain('legacy?: unknown | null;');
    expect(crm).toContain('model `Crm_Missing`, which has no page');
    expect(crm).toContain('"Tuple of string and Object"');
    expect(file('src/client/estate.ts')).toMatch(
      /legacy\(customerId: string, query: EstateLegacyQuery, options\?: RequestOptions\): Promise<unknown>/,
    );
    expect(file('src/operations/estate.ts')).toMatch(
      /export const estateLegacySpec: OperationSpec = \{[^]*?response: \{\s*kind: 'unknown',\s*xmlName: 'Missing',\s*xmlNamespace: 'http:\/\/schemas\.datacontract\.org\/2004\/07\/Vitec\.Housing\.Connect\.Api\.Models\.Estate',?\s*\}/,
    );
  });

  it('maps query keys to wire keys, keeps boundFrom keys, makes required keys non-optional', () => {
    expect(file('src/client/crm-contact.ts')).toMatch(/search\(\s*customerId: string,\s*query: CrmContactSearchQuery,/);
    const crm = file('src/operations/crm-contact.ts');
    expect(crm).toMatch(
      /export interface CrmContactSearchQuery \{[^]*?\n {2}query: string;[^]*?status\?: ContactStatus;[^]*?pageSize\?: number;/,
    );
    expect(crm).toContain('From `paging` (model `Common_Paging`).');
    expect(crm).toContain(
      "{ name: 'pageSize', wire: 'PageSize', type: { kind: 'simple', name: 'integer' }, required: false }",
    );
  });

  it('covers a collection body, no response, a polymorphic response and a binary response', () => {
    const crm = file('src/client/crm-contact.ts');
    expect(crm).toMatch(
      /updateStatus\(customerId: string, body: CrmContactSearchMatch\[\], options\?: RequestOptions\): Promise<void>/,
    );
    expect(crm).toMatch(/Promise<CrmCompanyContact \| CrmPersonContact>/);
    const ops = file('src/operations/crm-contact.ts');
    expect(ops).toMatch(
      /response: \{\s*kind: 'oneOf',\s*of: \(\) => \[CrmCompanyContactDesc, CrmPersonContactDesc\],\s*pick: pickComplex,?\s*\}/,
    );
    expect(ops).toContain("import { pickComplex } from '../runtime/shapes.js';");
    expect(ops).toContain("body: { kind: 'collection', items: { kind: 'ref', to: () => CrmContactSearchMatchDesc } }");
    expect(file('src/client/estate.ts')).toMatch(
      /imageData\(customerId: string, imageId: number, options\?: RequestOptions\): Promise<Uint8Array>/,
    );
    expect(file('src/operations/estate.ts')).toContain("response: { kind: 'binary', decode: decodeBase64 }");
    expect(file('src/operations/estate.ts')).toContain("import { decodeBase64 } from '../runtime/base64.js';");
    // Neither is imported where no descriptor names it.
    expect(file('src/operations/user.ts')).not.toMatch(/decodeBase64|pickComplex/);
  });

  it('lists schema properties in DataContract member order', () => {
    const user = file('src/models/user.ts');
    const notification = user.slice(user.indexOf('export const NotificationDesc: ComplexDesc = {'));
    expect(notification).not.toBe(user);
    const order = [...notification.matchAll(/xml: '(\w+)'/g)].slice(0, 5).map((m) => m[1]);
    expect(order).toEqual(['Express', 'Header', 'Message', 'Recipients', 'SMS']);
  });

  it('copies the runtime templates verbatim apart from formatting', () => {
    expect(file('src/runtime/schema.ts')).toContain('export type SchemaDesc = ComplexDesc | EnumDesc;');
  });

  it('fills package.json and documents the naming rules in the README', async () => {
    const pkg = JSON.parse(file('package.json')) as {
      name: string;
      version: string;
      type: string;
      dependencies: Record<string, string>;
    };
    expect(pkg).toMatchObject({ name: 'vitec-connect-sdk', version: '0.1.0', type: 'module' });
    // The version the runtime is tested with here, pinned alike.
    const own = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies).toEqual({ saxes: own.dependencies.saxes });
    const readme = file('README.md');
    for (const heading of [
      '## Install',
      '## Construct a client',
      '## Call the API',
      '## Handle errors',
      '## Switch to XML',
      '## Validate before sending',
      '## How names are made',
    ]) {
      expect(readme).toContain(heading);
    }
    expect(readme).toContain("await client.user.notify('<customerId>', notification)");
    expect(readme).toContain('**Keep the credentials on a server.**');
    expect(readme).toContain('| `Search_CrmContactSearchMatch` | `Search_CrmContactSearchMatch` |');
  });

  it('honours packageName and version', () => {
    const named = emitSdk(fixtureIr(), { packageName: '@acme/vitec', version: '2.3.4' });
    expect(JSON.parse(named.get('package.json')!)).toMatchObject({ name: '@acme/vitec', version: '2.3.4' });
    expect(named.get('src/core.ts')).toContain("userAgent: '@acme/vitec/2.3.4'");
  });
});

describe('doc escaping', () => {
  it.each([
    ['a */ b', 'a *\\/ b'],
    ['image/* or */*', 'image/\\* or *\\/\\*'],
    ['/*/', '/\\*\\/'],
    ['`x` and ${y}', '`x` and ${y}'],
    ['@param x', '\\@param x'],
    ['mail info@vitec.se', 'mail info@vitec.se'],
    ['line\r\nnext  \r\n', 'line\nnext'],
  ])('escapeDoc(%j) = %j', (input, expected) => {
    expect(escapeDoc(input)).toBe(expected);
  });

  it.each(['Accepts image/* files', 'Accept: */*', 'a /* b */ c', '/*/', '**/**'])(
    'the printer writes %j in a JSDoc with tags as one comment that keeps the text and the tags',
    (text) => {
      const printed = printFile('', [
        {
          kind: 'function',
          name: 'f',
          params: [{ name: 'x', type: 'string' }],
          returnType: 'void',
          body: [],
          docs: docBlock(
            [text],
            [
              { tagName: 'param', text: paramText('x', [text]) },
              { tagName: 'maxLength', text: '5' },
            ],
          ),
        },
      ]);
      const reparsed = ts.createSourceFile('again.ts', printed, ts.ScriptTarget.Latest, true);
      const fn = reparsed.statements[0]!;
      const [doc, ...more] = ts.getJSDocCommentsAndTags(fn).filter(ts.isJSDoc);
      expect(more).toHaveLength(0);
      expect(ts.getTextOfJSDocComment(doc!.comment)?.trim()).toBe(escapeDoc(text));
      expect(doc!.tags?.map((t) => t.tagName.text)).toEqual(['param', 'maxLength']);
      expect(ts.transpileModule(printed, { reportDiagnostics: true }).diagnostics ?? []).toEqual([]);
      // Exactly one comment terminator: the comment's own.
      expect(printed.split('*/')).toHaveLength(2);
    },
  );

  it('puts hostile text into comments only, escaped', () => {
    const escaped = escapeDoc(HOSTILE_DOC);
    for (const name of ['src/models/crm.ts', 'src/client/crm-contact.ts', 'src/client.ts']) {
      const text = file(name);
      expect(text, name).toContain(escaped);
      // Every occurrence sits on a JSDoc line.
      for (const line of text.split('\n').filter((l) => l.includes('Slutar')))
        expect(line, name).toMatch(/^\s*(\*|\/\*\*)/);
    }
  });
});

describe('generated banner', () => {
  it('every committed .ts file under generated/src starts with the do-not-edit banner', async () => {
    const root = new URL('../generated/src/', import.meta.url);
    const names = (await readdir(root, { recursive: true })).filter((n) => n.endsWith('.ts'));
    expect(names).toContain('runtime/index.ts');
    expect(names).toContain('index.ts');
    for (const name of names) {
      const text = await readFile(new URL(name, root), 'utf8');
      expect(text.startsWith(GENERATED_BANNER), name).toBe(true);
    }
  });
});

describe('generated index', () => {
  it('src/index.ts exports in module-path order', async () => {
    const text = await readFile(new URL('../generated/src/index.ts', import.meta.url), 'utf8');
    const paths = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    expect(paths.length).toBeGreaterThan(3);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
