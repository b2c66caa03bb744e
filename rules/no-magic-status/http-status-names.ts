import { STATUS_CODES } from 'node:http';

/**
 * A constant name for every status Node knows, from its reason phrase:
 * 418 "I'm a Teapot" -> `IM_A_TEAPOT`. Used for statuses outside the catalog
 * when the constants come from another module; built once when the rule loads.
 */
export const httpStatusNames: ReadonlyMap<number, string> = new Map(
  Object.entries(STATUS_CODES).flatMap(([status, phrase]) =>
    phrase === undefined
      ? []
      : [
          [
            Number(status),
            phrase
              .replaceAll("'", '')
              .toUpperCase()
              .replaceAll(/[^A-Z0-9]+/g, '_')
              .replaceAll(/^_|_$/g, ''),
          ] as const,
        ],
  ),
);
