import { catalogCodes, catalogCodesByStatus, catalogStatusByCode, catalogStatuses, statusConstantNames } from '../utils/catalog/catalog.js';
import type { CaseLabelValue, LicenseSwitchDomain } from '../evidence/license-switch.js';

/** One value a switch must handle: a code, a status, `undefined` or `null`. */
export type Member = CaseLabelValue;

/** Members that share a status, as listed in messages and inserted by the suggestion. */
export interface MemberGroup {
  /** `409 CONFLICT`, `additional codes`, `nullish`; `undefined` for the one group of a status switch. */
  readonly label: string | undefined;
  readonly members: readonly Member[];
}

/** Everything a switch must handle when only the catalog tells: all codes, or all statuses. */
export const catalogMembers: Readonly<Record<LicenseSwitchDomain, readonly Member[]>> = {
  codes: [...catalogCodes],
  statuses: [...catalogStatuses],
};

const catalogOrder: ReadonlyMap<Member, number> = new Map(
  [...catalogMembers.codes, ...catalogMembers.statuses].map((member, index) => [member, index]),
);

/** `409 CONFLICT` for a catalog status, the bare number otherwise. */
export function describeStatus(status: number): string {
  const name = statusConstantNames.get(status);
  return name === undefined ? String(status) : `${String(status)} ${name}`;
}

/** A member as it reads in a message: `'license_expired'`, `409 CONFLICT`, `undefined`. */
export function describeMember(member: Member): string {
  if (typeof member === 'string') {
    return `'${member}'`;
  }
  return typeof member === 'number' ? describeStatus(member) : String(member);
}

type GroupKey = number | 'additional' | 'nullish';

function compareKeys(a: GroupKey, b: GroupKey): number {
  const rank = (key: GroupKey): number => (typeof key === 'number' ? key : key === 'additional' ? Infinity : NaN);
  if (a === b) {
    return 0;
  }
  if (a === 'nullish' || b === 'nullish') {
    return a === 'nullish' ? 1 : -1;
  }
  return rank(a) - rank(b);
}

function compareMembers(a: Member, b: Member): number {
  const orderA = catalogOrder.get(a);
  const orderB = catalogOrder.get(b);
  if (orderA !== undefined || orderB !== undefined) {
    return (orderA ?? Infinity) - (orderB ?? Infinity);
  }
  // Additional codes alphabetically. (`Array.prototype.sort` puts `undefined` last without asking, so `null` comes first.)
  return a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : String(a).localeCompare(String(b));
}

/** The catalog's codes by status, ascending, each in catalog order. */
const catalogGroups = [...catalogCodesByStatus].sort(([a], [b]) => a - b);

/** Each catalog code's group (the position of its status in `catalogGroups`) and its position in the catalog. */
const catalogPlaces: ReadonlyMap<Member, { readonly group: number; readonly label: string; readonly order: number }> = new Map(
  catalogGroups.flatMap(([status, codes], group) => codes.map((code) => [code, { group, label: describeStatus(status), order: catalogOrder.get(code) ?? 0 }] as const)),
);

/**
 * `groupMembers` of catalog codes that come in catalog order within each
 * status, as the codes a switch misses mostly do: one look-up per code and no
 * sorting. `undefined` for anything else (another code, `null`, a repeat,
 * another order), which the general way groups.
 */
function groupOrderedCatalogCodes(members: readonly Member[]): MemberGroup[] | undefined {
  const byGroup: ({ readonly label: string; readonly members: Member[] } | undefined)[] = [];
  const lastOrder: number[] = [];
  for (const member of members) {
    const place = catalogPlaces.get(member);
    if (place === undefined || place.order <= (lastOrder[place.group] ?? -1)) {
      return undefined;
    }
    lastOrder[place.group] = place.order;
    (byGroup[place.group] ??= { label: place.label, members: [] }).members.push(member);
  }
  // Statuses without a missing code leave holes.
  return byGroup.filter((group) => group !== undefined);
}

/**
 * Sorts and groups members the way the catalog reads: codes by status in
 * catalog order (additional codes after them, under their configured status
 * or as `additional codes`), then `null` and `undefined`. A status switch gets
 * a single group.
 */
export function groupMembers(
  members: readonly Member[],
  domain: LicenseSwitchDomain,
  additionalCodes: ReadonlyMap<string, number | undefined>,
): MemberGroup[] {
  if (domain === 'statuses') {
    const all = [...members].sort(compareMembers);
    return all.length === 0 ? [] : [{ label: undefined, members: all }];
  }
  const ordered = groupOrderedCatalogCodes(members);
  if (ordered !== undefined) {
    return ordered;
  }
  const groups = new Map<GroupKey, Member[]>();
  for (const member of new Set(members)) {
    const key: GroupKey =
      member === null || member === undefined
        ? 'nullish'
        : (catalogStatusByCode.get(String(member)) ?? additionalCodes.get(String(member)) ?? 'additional');
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, [member]);
    } else {
      group.push(member);
    }
  }
  return [...groups]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, group]) => ({
      label: typeof key === 'number' ? describeStatus(key) : key === 'additional' ? 'additional codes' : 'nullish',
      members: group.sort(compareMembers),
    }));
}
