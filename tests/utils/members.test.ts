import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { groupMembers } from '../../rules/exhaustive-error-codes/members.js';
import { catalogCodes } from '../../rules/utils/catalog/catalog.js';

const noAdditionalCodes = new Map<string, number | undefined>();

void describe('groupMembers', () => {
  void it('groups catalog codes by status, ascending, each group in catalog order, whatever order they come in', () => {
    const groups = groupMembers(['internal_error', 'not_found', 'license_key_exists', 'order_id_exists', 'authentication_failure', 'license_expired'], 'codes', noAdditionalCodes);
    assert.deepEqual(
      groups.map(({ label, members }) => [label, ...members]),
      [
        ['400 BAD_REQUEST', 'license_expired'],
        ['401 UNAUTHORIZED', 'authentication_failure'],
        ['404 NOT_FOUND', 'not_found'],
        ['409 CONFLICT', 'license_key_exists', 'order_id_exists'],
        ['500 INTERNAL_SERVER_ERROR', 'internal_error'],
      ],
    );
  });

  void it('orders every catalog code alike, with or without other members beside them', () => {
    const reversed = [...catalogCodes].reverse();
    const codesOnly = groupMembers(reversed, 'codes', noAdditionalCodes).flatMap(({ members }) => members);
    const withOthers = groupMembers([...reversed, null, 'teapot', undefined], 'codes', new Map([['teapot', 418]])).flatMap(({ members }) => members);
    assert.deepEqual(
      withOthers.filter((member) => typeof member === 'string' && catalogCodes.has(member)),
      codesOnly,
    );
    assert.deepEqual(withOthers.slice(-2), [null, undefined]);
  });

  void it('groups codes that come in catalog order (read without sorting) as it groups them in any other order', () => {
    const inOrder = [...catalogCodes].filter((_, index) => index % 3 !== 1);
    const shuffled = [...inOrder.filter((_, index) => index % 2 === 1), ...inOrder.filter((_, index) => index % 2 === 0).reverse()];
    const expected = groupMembers(shuffled, 'codes', noAdditionalCodes);
    assert.deepEqual(groupMembers(inOrder, 'codes', noAdditionalCodes), expected);
    // A repeat, or another member among them, is grouped once and in its place all the same.
    assert.deepEqual(groupMembers([...inOrder, inOrder[0] ?? ''], 'codes', noAdditionalCodes), expected);
    assert.deepEqual(groupMembers(['not_found', 'license_expired'], 'codes', noAdditionalCodes), groupMembers(['license_expired', 'not_found'], 'codes', noAdditionalCodes));
    assert.deepEqual(groupMembers([], 'codes', noAdditionalCodes), []);
  });

  void it('puts additional codes after the catalog statuses or under their own, and nullish values last', () => {
    const groups = groupMembers(['teapot', undefined, 'license_expired', 'custom', null], 'codes', new Map([['teapot', 418]]));
    assert.deepEqual(
      groups.map(({ label, members }) => [label, ...members]),
      [
        ['400 BAD_REQUEST', 'license_expired'],
        ['418', 'teapot'],
        ['additional codes', 'custom'],
        ['nullish', null, undefined],
      ],
    );
  });
});
