/** `400, 401, 404, 409 and 500`: the statuses in ascending order, as a sentence names them. */
export function describeStatuses(statuses: Iterable<number>): string {
  const sorted = [...statuses].sort((a, b) => a - b).map(String);
  return sorted.length < 2 ? sorted.join('') : `${sorted.slice(0, -1).join(', ')} and ${sorted.slice(-1).join('')}`;
}
