/**
 * Runs every `*.test.ts` under the given folders (default: `tests`) with
 * Node's test runner. Node 20 cannot glob `--test` arguments itself.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const roots = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));

const files = (roots.length > 0 ? roots : ['tests'])
  .flatMap((root) =>
    root.endsWith('.ts')
      ? [root]
      : readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.test.ts') && !file.split(path.sep).includes('fixtures'))
          .map((file) => path.join(root, file)),
  )
  .sort();

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...flags, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
