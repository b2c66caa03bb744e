/** Collects what a generated file imports, and prints the import lines in a stable order. */
export class Imports {
  readonly #values = new Map<string, Set<string>>();
  readonly #types = new Map<string, Set<string>>();

  value(from: string, ...names: string[]): void {
    add(this.#values, from, names);
  }

  type(from: string, ...names: string[]): void {
    add(this.#types, from, names);
  }

  print(): string[] {
    const modules = [...new Set([...this.#values.keys(), ...this.#types.keys()])].sort(byImportOrder);
    return modules.flatMap((from) => [
      ...line('import', this.#values.get(from), from),
      ...line('import type', this.#types.get(from), from),
    ]);
  }
}

function add(map: Map<string, Set<string>>, from: string, names: string[]): void {
  const set = map.get(from) ?? new Set<string>();
  for (const name of names) {
    set.add(name);
  }
  map.set(from, set);
}

function line(keyword: string, names: Set<string> | undefined, from: string): string[] {
  return names === undefined || names.size === 0 ? [] : [`${keyword} { ${[...names].sort().join(', ')} } from '${from}';`];
}

/** Packages first, then relative paths, each alphabetically. */
function byImportOrder(left: string, right: string): number {
  const relative = Number(left.startsWith('.')) - Number(right.startsWith('.'));
  return relative === 0 ? Number(left > right) - Number(left < right) : relative;
}
