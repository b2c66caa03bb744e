/**
 * The fenced code blocks of a Markdown page, with what the page says each
 * one shows. The marker convention (documented in README's Development
 * section) puts the kind of example in the fence's info string, after the
 * language, as typescript-eslint's rule docs put their options there:
 *
 *     ```ts incorrect        code the documented rule reports
 *     ```js correct          code it leaves alone
 *
 * In a rule's page, the sentence above the examples, "Examples of
 * **incorrect** code for this rule:" or "... with `{ option: value }`:" or
 * "... with the `strict` config:", names the configuration they are linted
 * with; every block between it and the next paragraph or heading carries its
 * marker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type ExampleKind = 'correct' | 'incorrect';

/** The "Examples of **kind** code ...:" sentence that introduces blocks. */
export interface ExamplesIntro {
  readonly kind: ExampleKind;
  /** What follows "code": `for this rule`, or `with ...` naming options or a config. */
  readonly condition: string;
  readonly line: number;
}

export interface CodeBlock {
  /** The page, relative to the repository root. */
  readonly page: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  /** The first word of the info string, lower-cased (`''` when there is none). */
  readonly lang: string;
  /** `correct` or `incorrect` when the info string marks the block as an example. */
  readonly marker: ExampleKind | undefined;
  /** Words of the info string after the language that are no marker; none are defined, so a test rejects them. */
  readonly unknownWords: readonly string[];
  readonly code: string;
  /** The sentence introducing the examples this block stands among, if any. */
  readonly intro: ExamplesIntro | undefined;
}

const fencePattern = /^ {0,3}(`{3,}|~{3,})(.*)$/u;
const introPattern = /^Examples of \*\*(correct|incorrect)\*\* code (.+):$/u;

/** CommonMark's closing fence: the opening's character, at least as many (so it starts with the opening), nothing after. */
function closes(line: string, opening: string): boolean {
  const fence = /^ {0,3}(`{3,}|~{3,})\s*$/u.exec(line)?.[1];
  return fence?.startsWith(opening) ?? false;
}

function isMarker(word: string): word is ExampleKind {
  return word === 'correct' || word === 'incorrect';
}

/** Reads every fenced block of `page` (a path relative to `root`). */
export function readCodeBlocks(root: string, page: string): CodeBlock[] {
  const lines = readFileSync(path.join(root, page), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  let intro: ExamplesIntro | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fence = fencePattern.exec(line);
    if (!fence) {
      const introMatch = introPattern.exec(line);
      if (introMatch) {
        intro = { kind: introMatch[1] as ExampleKind, condition: introMatch[2] ?? '', line: index + 1 };
      } else if (line.trim() !== '') {
        // Any other paragraph or heading ends the run of examples.
        intro = undefined;
      }
      continue;
    }
    const [, opening = '', info = ''] = fence;
    const [lang = '', ...words] = info.trim().split(/\s+/u);
    const closing = lines.findIndex((candidate, at) => at > index && closes(candidate, opening));
    const end = closing === -1 ? lines.length : closing;
    blocks.push({
      page,
      line: index + 1,
      lang: lang.toLowerCase(),
      marker: words.find(isMarker),
      unknownWords: words.filter((word) => !isMarker(word)),
      code: `${lines.slice(index + 1, end).join('\n')}\n`,
      intro,
    });
    index = end;
  }
  return blocks;
}
