/**
 * npm run mutation: Stryker on every module of modules.json, then the budgets (budgets.ts).
 *
 *   tsx mutation/run.ts                 the full run (the figures of RESULTS.md)
 *   tsx mutation/run.ts --write         the same, then writes the scores into RESULTS.md
 *   tsx mutation/run.ts --incremental   reuses the last run's results for unchanged code and tests
 *   tsx mutation/run.ts --changed       npm test's step: only the lines of those modules changed since the
 *                                       branch left main (committed or not), when at most MAX_CHANGED_LINES;
 *                                       else nothing
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * A few dozen mutants: a minute or two on the team's machines (2 shared cores), where a mutant takes seconds
 * (the validator's property tests cover most of src/dataset/). More is left to the full run.
 */
const MAX_CHANGED_LINES = 20;

const modules = JSON.parse(readFileSync('mutation/modules.json', 'utf8')) as string[];

/** `file:first-last` for each run of lines that a `git diff --unified=0` adds or changes. */
function changedRanges(diff: string): string[] {
  const ranges: string[] = [];
  let file = '';
  for (const line of diff.split('\n')) {
    const target = /^\+\+\+ b\/(.+)$/.exec(line);
    if (target) file = target[1]!;
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && file) {
      const first = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) ranges.push(`${file}:${first}-${first + count - 1}`);
    }
  }
  return ranges;
}

const lineCount = (range: string) => {
  const [first, last] = range
    .slice(range.lastIndexOf(':') + 1)
    .split('-')
    .map(Number);
  return last! - first! + 1;
};

function run(command: string, args: string[]): number {
  return spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
}

function main(): number {
  const args = process.argv.slice(2);
  if (args.includes('--changed')) {
    let diff: string;
    try {
      // Since this branch left main (its merge base), so that main's own later commits do not count.
      const base = execFileSync('git', ['merge-base', 'main', 'HEAD'], { encoding: 'utf8' }).trim();
      diff = execFileSync('git', ['diff', '--unified=0', '--no-color', base, '--', ...modules], { encoding: 'utf8' });
    } catch {
      console.log('mutation: no main branch to compare with: skipped');
      return 0;
    }
    const ranges = changedRanges(diff);
    const lines = ranges.reduce((sum, range) => sum + lineCount(range), 0);
    if (ranges.length === 0) {
      console.log('mutation: no tested module changed since main: skipped');
      return 0;
    }
    if (lines > MAX_CHANGED_LINES) {
      console.log(`mutation: ${lines} lines changed since main, over ${MAX_CHANGED_LINES}: skipped (npm run mutation)`);
      return 0;
    }
    console.log(`mutation: ${lines} changed line(s): ${ranges.join(' ')}`);
    const status = run('npx', ['stryker', 'run', 'mutation/changed.config.mjs', '--mutate', ranges.join(',')]);
    return status || run('npx', ['tsx', 'mutation/budgets.ts', 'mutation/reports/changed.json']);
  }
  const status = run('npx', [
    'stryker',
    'run',
    'mutation/stryker.config.mjs',
    ...(args.includes('--incremental') ? ['--incremental'] : []),
  ]);
  return status || run('npx', ['tsx', 'mutation/budgets.ts', ...(args.includes('--write') ? ['--write'] : [])]);
}

process.exit(main());
