import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

import { printDoc } from '../emitter/doc.js';
import { toLiteral } from '../emitter/literal.js';
import {
  camelCase,
  fileName,
  literalKey,
  moduleFileName,
  pascalCase,
  propertyKey,
  uniqueName,
} from '../emitter/naming.js';
import { methodWords, planSdk } from '../emitter/plan.js';
import type { ApiIR, Operation } from '../ir/schema.js';
import { fixtureIr } from './emitter-fixture.js';
import { parameter, str } from './ir-builders.js';

describe('identifier rules', () => {
  it.each([
    ['SMS', 'sms'],
    ['GDPRApprovalDate', 'gdprApprovalDate'],
    ['Id', 'id'],
    ['PageSize', 'pageSize'],
    ['CRM-Kontakter', 'crmKontakter'],
    // The one camelCase rule is Json.NET's (ir/dotnet.ts), so a key reads like its JSON name.
    ['HTML5Page', 'htmL5Page'],
    ['CRM-Newsletter', 'crmNewsletter'],
    ['User', 'user'],
    ['Väderstreck åt öster', 'vaderstreckAtOster'],
    ['3D-vy', '_3DVy'],
    ['', '_'],
    ['--', '_'],
  ])('camelCase(%j) = %j', (input, expected) => {
    expect(camelCase(input)).toBe(expected);
  });

  it.each([
    ['Notification', 'Notification'],
    ['CrmContactSearchMatch', 'CrmContactSearchMatch'],
    ['Väderstreck', 'Vaderstreck'],
    ['PageOf<Estate>', 'PageOfEstate'],
    ['2ndHand', '_2ndHand'],
    ['ÅÄÖ', 'AAO'],
  ])('pascalCase(%j) = %j', (input, expected) => {
    expect(pascalCase(input)).toBe(expected);
  });

  it.each([
    ['crmKontakter', 'crm-kontakter'],
    ['CRM-Newsletter', 'crm-newsletter'],
    ['user', 'user'],
    ['SearchProfileV2', 'search-profile-v2'],
  ])('fileName(%j) = %j', (input, expected) => {
    expect(fileName(input)).toBe(expected);
  });

  it.each([
    ['CustomerSatisfaction', 'customer-satisfaction'],
    ['CRM-Kontakter', 'crm-kontakter'],
    ['CRMNewsletter', 'crm-newsletter'],
    ['SearchProfileV2', 'search-profile-v2'],
    ['Officegroups', 'officegroups'],
  ])('moduleFileName(%j) = %j', (input, expected) => {
    expect(moduleFileName(input)).toBe(expected);
  });

  it.each([
    // [base, already taken, options, expected]
    ['Notification', [], {}, 'Notification'],
    ['Notification', ['Notification'], {}, 'Notification2'],
    ['Notification', ['Notification', 'Notification2'], {}, 'Notification3'],
    ['Promise', [], {}, 'Promise2'],
    ['class', [], {}, 'class2'],
    ['crm', ['CRM'], { caseInsensitive: true }, 'crm2'],
  ] as const)('uniqueName(%j, taken %j)', (base, taken, options, expected) => {
    const set = new Set<string>(options && 'caseInsensitive' in options ? taken.map((t) => t.toLowerCase()) : taken);
    expect(uniqueName(base, set, options)).toBe(expected);
  });
});

describe('method words', () => {
  it.each([
    ['User/Notify/{customerId}', 'User', ['Notify']],
    ['CRM/Contact/{customerId}/SearchProfile/{id}', 'CRM-Contact', ['SearchProfile']],
    ['CRM/Contact/{customerId}', 'CRM-Kontakter', ['Contact']],
    ['CRM/Newsletter/{customerId}/NewsletterList/{listId}', 'CRM-Newsletter', ['NewsletterList']],
    ['Estate/{customerId}/{estateId}', 'Estate', []],
    ['Users/List', 'User', ['Users', 'List']],
    ['api/Values?id={id}', 'Values', ['api', 'Values']],
  ])('%s in group %s', (path, group, expected) => {
    expect(methodWords(path, group)).toEqual(expected);
  });
});

function ir(ops: Partial<Operation>[], base: ApiIR = fixtureIr()): ApiIR {
  const operations = ops.map((o, i) => ({
    ...base.operations[0]!,
    parameters: [],
    body: null,
    group: 'G',
    id: `op${i}`,
    ...o,
  }));
  return { ...base, groups: [], operations };
}

describe('method names within a group', () => {
  const cases: { name: string; ops: Partial<Operation>[]; expected: string[] }[] = [
    { name: 'path name when unique', ops: [{ method: 'POST', path: 'G/Notify/{a}' }], expected: ['notify'] },
    {
      name: 'verb when empty',
      ops: [
        { method: 'GET', path: 'G/{a}' },
        { method: 'PUT', path: 'G/{a}' },
        { method: 'POST', path: 'G' },
        { method: 'DELETE', path: 'G/{a}' },
      ],
      expected: ['get', 'update', 'create', 'delete'],
    },
    {
      name: 'verb when shared, only among those that share',
      ops: [
        { method: 'GET', path: 'G/{a}/Image' },
        { method: 'POST', path: 'G/{a}/Image' },
        { method: 'GET', path: 'G/{a}/Other' },
      ],
      expected: ['getImage', 'createImage', 'other'],
    },
    {
      name: 'PUT and DELETE lead with their verb, unless the path already says it',
      ops: [
        { method: 'GET', path: 'G/{a}/Image' },
        { method: 'DELETE', path: 'G/{a}/Image' },
        { method: 'PUT', path: 'G/{a}/OptOut' },
        { method: 'DELETE', path: 'G/{a}/Remove/{b}' },
      ],
      expected: ['image', 'deleteImage', 'updateOptOut', 'remove'],
    },
    {
      name: 'By and the path parameters when the verb is not enough',
      ops: [
        { method: 'GET', path: 'G/{customerId}' },
        { method: 'GET', path: 'G/{customerId}/{contactId}' },
      ],
      expected: ['getByCustomerId', 'getByCustomerIdAndContactId'],
    },
    {
      name: 'a name that was fine stays when a later level lands on it',
      ops: [
        { method: 'GET', path: 'G/GetList' },
        { method: 'GET', path: 'G/{a}/List' },
        { method: 'POST', path: 'G/{a}/List' },
      ],
      expected: ['getList', 'getListByA', 'createList'],
    },
    {
      name: 'overloads of one method and path: With and their own query keys',
      ops: [
        { method: 'GET', path: 'G/topics/v1', parameters: [parameter('courseId', 'query', str, { required: true })] },
        {
          method: 'GET',
          path: 'G/topics/v1',
          parameters: [
            parameter('courseId', 'query', str, { required: true }),
            parameter('fromId', 'query', str, { required: true }),
          ],
        },
        {
          method: 'GET',
          path: 'G/topics/v1',
          parameters: [parameter('paging.pageIndex', 'query', str, { required: true })],
        },
      ],
      expected: ['getTopicsV1WithCourseId', 'getTopicsV1WithCourseIdAndFromId', 'getTopicsV1WithPagingPageIndex'],
    },
    {
      name: 'numbers last, in id order',
      ops: [
        { method: 'GET', path: 'G/{a}' },
        { method: 'GET', path: 'G/{a}' },
      ],
      expected: ['getByA', 'getByA2'],
    },
    {
      name: 'constructor is not a method name',
      ops: [{ method: 'GET', path: 'G/Constructor' }],
      expected: ['getConstructor'],
    },
  ];
  it.each(cases)('$name', ({ ops, expected }) => {
    const plan = planSdk(ir(ops));
    const methods = plan.groups.flatMap((g) => g.operations.map((o) => o.method));
    expect(methods).toEqual(expected);
  });
});

describe('model and client names', () => {
  const plan = planSdk(fixtureIr());
  const typeName = (id: string): string | undefined => plan.types.get(id)?.name;

  it.each([
    ['User_Notification', 'Notification'],
    // Same short name in two namespaces: the first by id keeps it, the other is prefix-qualified.
    ['Crm_CrmContactSearchMatch', 'CrmContactSearchMatch'],
    ['Search_CrmContactSearchMatch', 'Search_CrmContactSearchMatch'],
    // A short name that would shadow a global the generated code uses.
    ['Crm_Promise', 'Crm_Promise'],
    ['Estate_Väderstreck', 'Vaderstreck'],
  ])('type %s is %s', (id, expected) => {
    expect(typeName(id)).toBe(expected);
  });

  it('puts models in one file per namespace prefix', () => {
    expect(plan.types.get('Crm_ContactStatus')!.file).toBe('crm');
    expect(plan.types.get('Search_CrmContactSearchMatch')!.file).toBe('search');
  });

  it('names a model file as the client file of a group with the same name', () => {
    const base = fixtureIr();
    const notification = base.types.find((t) => t.id === 'User_Notification')!;
    const survey = { ...notification, id: 'CustomerSatisfaction_Survey', name: 'Survey' };
    const group = { ...base.groups[0]!, id: 'CustomerSatisfaction', operationIds: [] };
    const planned = planSdk({ ...base, types: [...base.types, survey], groups: [...base.groups, group] });
    expect(planned.groups.find((g) => g.group.id === 'CustomerSatisfaction')!.file).toBe('customer-satisfaction');
    expect(planned.types.get('CustomerSatisfaction_Survey')!.file).toBe('customer-satisfaction');
  });

  it('puts prefixes that differ only in case in one file, named by the first in id order', () => {
    const base = fixtureIr();
    const notification = base.types.find((t) => t.id === 'User_Notification')!;
    const types = ['SearchProfile_Farm', 'Searchprofile_Shop'].map((id) => ({ ...notification, id, name: id }));
    const planned = planSdk({ ...base, types: [...base.types, ...types] });
    expect(planned.types.get('SearchProfile_Farm')!.file).toBe('search-profile');
    expect(planned.types.get('Searchprofile_Shop')!.file).toBe('search-profile');
  });

  it('names groups, classes, files and query interfaces', () => {
    expect(plan.groups.map((g) => [g.group.id, g.property, g.className, g.file])).toEqual([
      ['CRM-Contact', 'crmContact', 'CrmContactApi', 'crm-contact'],
      ['Estate', 'estate', 'EstateApi', 'estate'],
      ['User', 'user', 'UserApi', 'user'],
    ]);
    const search = plan.groups[0]!.operations.find((o) => o.method === 'search')!;
    expect(search.queryType).toBe('CrmContactSearchQuery');
    expect(search.query.map((q) => [q.wire, q.key])).toEqual([
      ['Query', 'query'],
      ['Status', 'status'],
      ['PageSize', 'pageSize'],
      ['PageIndex', 'pageIndex'],
    ]);
  });

  it('gives a model a number rather than a name the SDK already exports', () => {
    const base = fixtureIr();
    const clash = {
      ...base.types.find((t) => t.id === 'User_Notification')!,
      id: 'User_VitecClient',
      name: 'VitecClient',
    };
    const names = planSdk({ ...base, types: [...base.types, clash] });
    expect(names.types.get('User_VitecClient')!.name).toBe('User_VitecClient');
  });

  it('gives a model named like a global of browsers or Node.js a second name, and no other model one', () => {
    expect(plan.typeList.filter((t) => t.alias !== null).map((t) => [t.name, t.alias])).toEqual([
      ['Image', 'ImageModel'],
      ['Notification', 'NotificationModel'],
    ]);
    const base = fixtureIr();
    const notification = base.types.find((t) => t.id === 'User_Notification')!;
    // An alias never takes a model's own name: the model keeps it, the alias gets a number.
    const taken = { ...notification, id: 'User_NotificationModel', name: 'NotificationModel' };
    const event = { ...base.types.find((t) => t.kind === 'enum')!, id: 'Crm_Event', name: 'Event' };
    const names = planSdk({ ...base, types: [...base.types, taken, event] });
    expect(names.types.get('User_NotificationModel')!.name).toBe('NotificationModel');
    expect(names.types.get('User_Notification')!.alias).toBe('NotificationModel2');
    expect(names.types.get('Crm_Event')).toMatchObject({ name: 'Event', alias: 'EventModel' });
  });
});

describe('keys in emitted source', () => {
  it.each([
    ['name', 'name', 'name'],
    ['Köp', '"Köp"', '"Köp"'],
    ['*/', '"*/"', '"*/"'],
    ['${x}', '"${x}"', '"${x}"'],
    ['1st', '"1st"', '"1st"'],
    ['__proto__', '__proto__', '["__proto__"]'],
  ])('%j is %s in a type and %s in an object literal', (name, typeKey, valueKey) => {
    expect(propertyKey(name)).toBe(typeKey);
    expect(literalKey(name)).toBe(valueKey);
  });

  it('writes an object literal whose keys come back as own members, __proto__ and constructor included', () => {
    const data = JSON.parse('{"__proto__":{"polluted":true},"constructor":"c","toString":"t","a b":1}') as object;
    const source = printDoc(toLiteral(data), 110);
    const back = runInThisContext(`(${source})`) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'constructor', 'toString', 'a b']);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getOwnPropertyDescriptor(back, 'toString')?.value).toBe('t');
  });
});
