/**
 * A read made at most once per key within one task (a campaign's opening or closing reads where
 * each unit stands, and several of its steps ask the same question of the same unit). Not a cache:
 * the memo lives as long as the task that made it, so nothing read goes stale.
 */

/** `read` at most once per key: the promise of the first call is the answer of every later one. */
export function memoByKey<K, V>(read: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const answers = new Map<K, Promise<V>>();
  return (key) => {
    let found = answers.get(key);
    if (!found) answers.set(key, (found = read(key)));
    return found;
  };
}
