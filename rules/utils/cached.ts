/**
 * What `compute` gives for `key` under `owner`, computed once and kept for as
 * long as `owner` lives: the caches of answers that depend only on an object
 * of the program or of a file (a type, an AST, the settings) and a key.
 * `undefined` answers are kept too.
 */
export function getCached<Owner extends object, Key, Value>(
  cache: WeakMap<Owner, Map<Key, Value>>,
  owner: Owner,
  key: Key,
  compute: () => Value,
): Value {
  let byKey = cache.get(owner);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(owner, byKey);
  }
  if (byKey.has(key)) {
    return byKey.get(key) as Value;
  }
  const value = compute();
  byKey.set(key, value);
  return value;
}
