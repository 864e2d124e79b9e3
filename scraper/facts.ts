/**
 * What one page contributes, before the pages are put together: operations with their raw URI
 * parameters, type definitions as met (a model page, or a table inlined on an endpoint page), groups.
 */
import type { EnumMember, Operation, Page, Parameter } from '../ir/schema.js';
import type { Member } from './members.js';
import type { TemplateKey } from './query-keys.js';

interface TypeFactBase {
  id: string;
  /** The short name: the model page's title, or the link text of an inline definition. */
  name: string;
  description: string;
  url: string;
  /** True when read from the model's own page (its definition wins a conflict). */
  fromModelPage: boolean;
  /** Place on the page, for diagnostics. */
  where: string;
}

export interface ComplexFact extends TypeFactBase {
  kind: 'complex';
  members: Member[];
}

export interface EnumFact extends TypeFactBase {
  kind: 'enum';
  members: EnumMember[];
}

export type TypeFact = ComplexFact | EnumFact;

export type ParameterDraft = Omit<Parameter, 'boundFrom'> & { where: string };

export type OperationDraft = Omit<Operation, 'group' | 'parameters'> & {
  parameters: ParameterDraft[];
  /** The query keys the route template names (`?paging.pageIndex={paging.pageIndex}`), in order. */
  templateKeys: TemplateKey[];
};

export interface GroupDraft {
  id: string;
  name: string;
  description: string;
  sourceUrl: string;
  /** Operation ids as the links give them (matched to operations without regard to case later). */
  operationIds: string[];
  where: string;
}

export interface PageFacts {
  page: Page;
  operation: OperationDraft | null;
  types: TypeFact[];
  groups: GroupDraft[];
}
