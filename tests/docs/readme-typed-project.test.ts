/**
 * The README's typed setup, as a user follows it: a small TypeScript project
 * in a temporary folder, its dependencies linked from this repository's
 * node_modules and the plugin from this repository (its `dist/`, so
 * `npm run build` first), with the README's own typed `eslint.config.js`,
 * tsd assertions (`test-d/license-errors.test-d.ts`) and the tsconfig the
 * README gives them (`test-d/tsconfig.json`). `tsc`, `tsd` and typed ESLint
 * must all pass, and the plugin must report only the mistake planted in
 * `src/`. Two more projects show why the recipe is needed: without the
 * test-d tsconfig the project service cannot lint `test-d/`, and with
 * `test-d/` in the build's tsconfig `tsc` fails on the `expectError` lines.
 *
 * The README's notes on a typed `eslint.config.ts` are checked too: ESLint 9
 * and 10 need jiti to load it, and type-checking it needs `@types/node`.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { readCodeBlocks } from './code-blocks.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const nodeModules = path.join(root, 'node_modules');
const readme = readCodeBlocks(root, 'README.md');

/** The README block whose first line names `file` (`// test-d/tsconfig.json`) and that contains `text`. */
function readmeFile(file: string, text = ''): string {
  const block = readme.find(({ code }) => code.startsWith(`// ${file}\n`) && code.includes(text));
  assert.ok(block, `README.md shows ${file}${text ? ` with ${text}` : ''}`);
  return block.code;
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  /** stdout, then stderr: what a failed assertion shows. */
  readonly output: string;
}

/**
 * Runs a package's bin script with this node, as `npx` would, in `cwd`.
 * Asynchronous, so that the independent tools of a project run side by side.
 */
function run(cwd: string, bin: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(nodeModules, bin), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout, output: `${stdout}${stderr}` });
    });
  });
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** Links each package into `dir/node_modules`, the plugin itself to this repository. */
function linkPackages(dir: string, packages: readonly string[]): void {
  for (const name of packages) {
    const target = name === 'eslint-plugin-licensespring' ? root : path.join(nodeModules, name);
    const link = path.join(dir, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(target, link, 'dir');
  }
}

function temporaryProject(name: string): string {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), `licensespring-${name}-`)));
}

const packageJson = `${JSON.stringify({ name: 'license-client', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`;

/** A build tsconfig as an application has one: `src/` in, `dist/` out; or with `test-d/` added, and the root moved to hold it. */
function buildTsconfig(include: readonly string[]): string {
  const compilerOptions = {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    skipLibCheck: true,
    outDir: 'dist',
    rootDir: include.includes('test-d') ? '.' : 'src',
    types: [],
  };
  return `${JSON.stringify({ compilerOptions, include }, null, 2)}\n`;
}

/** Code the README recommends, which the plugin must leave alone. */
const indexSource = `import { isLicenseApiError, matchLicenseError, type LicenseApiError } from 'eslint-plugin-licensespring/types';

export function describe(error: LicenseApiError): string {
  return matchLicenseError(
    error,
    {
      license_expired: () => 'Your license has expired.',
      license_activated_max_times: () => 'Deactivate another device first.',
    },
    (other) => \`The license server refused the request (\${other.code}): \${other.message}\`,
  );
}

export async function licenseErrorOf(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json();
  return !response.ok && isLicenseApiError(body) ? describe(body) : undefined;
}
`;

/** One planted mistake, so that a clean lint means the plugin ran and found no other. */
const retrySource = `import type { LicenseApiError } from 'eslint-plugin-licensespring/types';

export function shouldRetry(error: LicenseApiError): boolean {
  return error.status === 500;
}
`;

/** Writes the project; `withTestTsconfig: false` leaves out the README's test-d/tsconfig.json. */
function createProject({ buildIncludes, withTestTsconfig }: { buildIncludes: readonly string[]; withTestTsconfig: boolean }): string {
  const dir = temporaryProject('typed-project');
  write(dir, 'package.json', packageJson);
  write(dir, 'tsconfig.json', buildTsconfig(buildIncludes));
  write(dir, 'eslint.config.js', readmeFile('eslint.config.js', 'projectService'));
  write(dir, 'src/index.ts', indexSource);
  write(dir, 'src/retry.ts', retrySource);
  write(dir, 'test-d/license-errors.test-d.ts', readmeFile('test-d/license-errors.test-d.ts'));
  if (withTestTsconfig) {
    write(dir, 'test-d/tsconfig.json', readmeFile('test-d/tsconfig.json'));
  }
  linkPackages(dir, ['eslint', 'typescript-eslint', 'typescript', 'tsd', 'eslint-plugin-licensespring']);
  return dir;
}

interface LintRun {
  readonly dir: string;
  readonly findings: readonly string[];
  readonly output: string;
}

/** Findings as `file:line rule: message`, from ESLint's JSON output. */
async function lint(dir: string, files: readonly string[]): Promise<LintRun> {
  const { stdout, output } = await run(dir, 'eslint/bin/eslint.js', ['--format', 'json', ...files]);
  const results = JSON.parse(stdout || '[]') as { filePath: string; messages: { line: number; ruleId: string | null; message: string }[] }[];
  const findings = results.flatMap(({ filePath, messages }) =>
    messages.map(({ line, ruleId, message }) => `${path.relative(dir, filePath)}:${String(line)} ${ruleId ?? '(no rule)'}: ${message}`),
  );
  return { dir, findings, output };
}

const folders: string[] = [];
after(() => {
  for (const folder of folders) {
    rmSync(folder, { recursive: true, force: true });
  }
});

void describe('README: a typed project with tsd assertions', () => {
  // The projects are built once and their tools run side by side; each test checks one outcome.
  let outcomes:
    | {
        readonly build: Run;
        readonly tsd: Run;
        readonly lint: LintRun;
        readonly lintWithoutTestTsconfig: LintRun;
        readonly buildWithTestD: Run;
      }
    | undefined;
  const built = (): NonNullable<typeof outcomes> => {
    assert.ok(outcomes, 'the projects ran');
    return outcomes;
  };

  before(async () => {
    assert.ok(existsSync(path.join(root, 'dist/index.js')), 'dist/ is built (npm run build)');
    const project = createProject({ buildIncludes: ['src'], withTestTsconfig: true });
    const withoutTestTsconfig = createProject({ buildIncludes: ['src'], withTestTsconfig: false });
    const withTestD = createProject({ buildIncludes: ['src', 'test-d'], withTestTsconfig: false });
    folders.push(project, withoutTestTsconfig, withTestD);
    const [build, tsd, projectLint, lintWithoutTestTsconfig, buildWithTestD] = await Promise.all([
      run(project, 'typescript/bin/tsc', ['-p', 'tsconfig.json']),
      run(project, 'tsd/dist/cli.js', ['--typings', 'src/index.ts']),
      lint(project, ['.']),
      lint(withoutTestTsconfig, ['test-d']),
      run(withTestD, 'typescript/bin/tsc', ['-p', 'tsconfig.json']),
    ]);
    outcomes = { build, tsd, lint: projectLint, lintWithoutTestTsconfig, buildWithTestD };
    assert.ok(existsSync(path.join(project, 'dist/index.js')), 'the build emitted src/');
    assert.ok(!existsSync(path.join(project, 'dist/test-d')), 'the build did not compile test-d/');
  });

  void it('tsc builds src/ and leaves test-d/ alone', () => {
    const { build } = built();
    assert.equal(build.status, 0, build.output);
  });

  void it("tsd passes the README's assertions", () => {
    const { tsd } = built();
    assert.equal(tsd.status, 0, tsd.output);
  });

  void it('typed ESLint lints src/ and test-d/ with the plugin and reports only the planted mistake', () => {
    const { findings, output, dir } = built().lint;
    // The project installs the plugin with --save-dev, as the README does: the fix would add a run-time
    // import that `npm ci --omit=dev` removes, so it is a suggestion, and the message says why.
    assert.deepEqual(
      findings,
      [
        `src/retry.ts:4 licensespring/no-magic-status: The raw status 500 hides which license error it means; use LicenseStatus.INTERNAL_SERVER_ERROR instead. This is only a suggestion: it imports eslint-plugin-licensespring/types, which is not in the dependencies of ${path.join(dir, 'package.json')}, so the import would be missing in production. List it in dependencies, or point the constantSource option at your own constants, to get a fix.`,
      ],
      output,
    );
  });

  void it('without test-d/tsconfig.json, the project service cannot lint test-d/', () => {
    const { findings, output } = built().lintWithoutTestTsconfig;
    assert.equal(findings.length, 1, output);
    assert.match(findings[0] ?? '', /^test-d\/license-errors\.test-d\.ts:.* Parsing error: .*was not found by the project service/u);
  });

  void it("with test-d/ in the build's tsconfig, tsc fails on the expectError lines", () => {
    const { buildWithTestD } = built();
    assert.notEqual(buildWithTestD.status, 0);
    assert.match(buildWithTestD.output, /test-d\/license-errors\.test-d\.ts\(\d+,\d+\): error TS/u);
  });
});

void describe('README: a typed eslint.config.ts', () => {
  /** The README's typed config, as the `.ts` file its note is about. */
  const configSource = readmeFile('eslint.config.js', 'projectService').replace('// eslint.config.js', '// eslint.config.ts');

  void it('ESLint 10 and 9 load it only with jiti, and say so', async () => {
    const dir = temporaryProject('config-ts');
    folders.push(dir);
    write(dir, 'eslint.config.ts', configSource);
    write(dir, 'index.ts', 'export const answer = 42;\n');
    const runs = await Promise.all(['eslint/bin/eslint.js', 'eslint9/bin/eslint.js'].map((eslint) => run(dir, eslint, ['index.ts'])));
    for (const { status, output } of runs) {
      assert.equal(status, 2, output);
      assert.match(output, /The 'jiti' library is required for loading TypeScript configuration files/u);
    }
  });

  void it('type-checking it needs @types/node, for import.meta.dirname', async () => {
    const check = (types: readonly string[]) => {
      const dir = temporaryProject('config-types');
      folders.push(dir);
      write(dir, 'package.json', packageJson);
      write(dir, 'eslint.config.ts', configSource);
      const compilerOptions = { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types };
      write(dir, 'tsconfig.json', `${JSON.stringify({ compilerOptions, files: ['eslint.config.ts'] })}\n`);
      linkPackages(dir, ['eslint', 'typescript-eslint', 'eslint-plugin-licensespring', '@types/node']);
      return run(dir, 'typescript/bin/tsc', ['-p', 'tsconfig.json']);
    };
    const [withoutNode, withNode] = await Promise.all([check([]), check(['node'])]);
    assert.notEqual(withoutNode.status, 0);
    assert.match(withoutNode.output, /Property 'dirname' does not exist on type 'ImportMeta'/u);
    assert.equal(withNode.status, 0, withNode.output);
  });
});
