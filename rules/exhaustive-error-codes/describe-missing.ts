import type { LicenseSwitchDomain } from '../evidence/license-switch.js';

import { describeMember, type MemberGroup } from './members.js';

/** Messages name at most this many members; the suggestion inserts them all. */
const shownMembers = 6;

/**
 * The `count` and `missing` data of the report, e.g. `3 codes` and
 * `'license_key_exists', 'order_id_exists' (409 CONFLICT); 'internal_error' (500 INTERNAL_SERVER_ERROR)`.
 * Long lists end in `... and 64 more`.
 */
export function describeMissing(groups: readonly MemberGroup[], domain: LicenseSwitchDomain): { count: string; missing: string } {
  const total = groups.reduce((sum, { members }) => sum + members.length, 0);
  const nullish = groups.some(({ members }) => members.includes(null) || members.includes(undefined));
  const [one, many] = nullish ? ['value', 'values'] : domain === 'codes' ? ['code', 'codes'] : ['status', 'statuses'];
  const parts: string[] = [];
  let shown = 0;
  for (const { label, members } of groups) {
    const names = members.slice(0, shownMembers - shown).map(describeMember);
    if (names.length === 0) {
      break;
    }
    shown += names.length;
    const nullishOnly = members.every((member) => member === null || member === undefined);
    parts.push(label === undefined || nullishOnly ? names.join(', ') : `${names.join(', ')} (${label})`);
  }
  const rest = total - shown;
  return {
    count: `${String(total)} ${total === 1 ? one : many}`,
    missing: parts.join('; ') + (rest > 0 ? ` ... and ${String(rest)} more` : ''),
  };
}
