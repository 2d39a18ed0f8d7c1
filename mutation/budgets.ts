/**
 * Reads a Stryker JSON report (default mutation/reports/mutation.json) and checks the mutation score budgets:
 * at least 90% for src/dataset/ and src/embed/ (each folder as a whole), 80% for each other module. Prints the
 * scores as a Markdown table and every surviving mutant, and exits 1 when a budget fails.
 *
 *   tsx mutation/budgets.ts [REPORT...] [--write]
 *
 * --write puts the table in mutation/RESULTS.md, between its `mutation-scores` markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

interface Position {
  line: number;
  column: number;
}

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: Position; end: Position };
}

interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

interface Budget {
  /** A folder (ends with /), whose files are scored together, or one file. */
  module: string;
  min: number;
}

const FOLDER_BUDGETS: Budget[] = [
  { module: 'src/dataset/', min: 90 },
  { module: 'src/embed/', min: 90 },
];
const MODULE_MIN = 80;

/** Stryker's score: mutants detected (killed or timed out) among those that ran or had no test. */
function score(mutants: readonly Mutant[]) {
  const count = (...statuses: string[]) => mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return {
    total: valid,
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    score: valid === 0 ? 100 : (100 * detected) / valid,
  };
}

/** The budget each file of the report is held to: its folder's, or its own. */
function budgetsFor(files: readonly string[]): { budget: Budget; files: string[] }[] {
  const groups = FOLDER_BUDGETS.map((budget) => ({ budget, files: files.filter((f) => f.startsWith(budget.module)) }));
  const rest = files.filter((f) => !FOLDER_BUDGETS.some((b) => f.startsWith(b.module)));
  return [...groups, ...rest.map((file) => ({ budget: { module: file, min: MODULE_MIN }, files: [file] }))].filter(
    (group) => group.files.length > 0,
  );
}

/** The source text a mutant replaces, on one line. */
function original(source: string, { start, end }: Mutant['location']): string {
  const lines = source.split('\n');
  const text =
    start.line === end.line
      ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1)
      : [
          (lines[start.line - 1] ?? '').slice(start.column - 1),
          ...lines.slice(start.line, end.line - 1),
          (lines[end.line - 1] ?? '').slice(0, end.column - 1),
        ].join('\n');
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat;
}

const percent = (n: number) => `${n.toFixed(2)}%`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const paths = args.filter((a) => !a.startsWith('--'));
  // Several reports (runs on parts of the modules) are read as one.
  const report: Report = { files: {} };
  for (const path of paths.length ? paths : ['mutation/reports/mutation.json']) {
    Object.assign(report.files, (JSON.parse(readFileSync(path, 'utf8')) as Report).files);
  }
  const files = Object.keys(report.files).sort();

  const rows: string[] = [];
  const failed: string[] = [];
  for (const { budget, files: group } of budgetsFor(files)) {
    const s = score(group.flatMap((f) => report.files[f]?.mutants ?? []));
    const ok = s.score >= budget.min;
    if (!ok) failed.push(`${budget.module}: ${percent(s.score)} < ${budget.min}%`);
    rows.push(
      `| ${budget.module} | ${s.total} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${percent(s.score)} | ${budget.min}% | ${ok ? 'ok' : 'FAIL'} |`,
    );
    if (group.length > 1) {
      for (const file of group) {
        const f = score(report.files[file]?.mutants ?? []);
        rows.push(
          `| &nbsp;&nbsp;${file.slice(budget.module.length)} | ${f.total} | ${f.killed} | ${f.timeout} | ${f.survived} | ${f.noCoverage} | ${percent(f.score)} | | |`,
        );
      }
    }
  }
  const all = score(files.flatMap((f) => report.files[f]?.mutants ?? []));
  const table = [
    '| module | mutants | killed | timed out | survived | no coverage | score | budget | |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...rows,
    `| all | ${all.total} | ${all.killed} | ${all.timeout} | ${all.survived} | ${all.noCoverage} | ${percent(all.score)} | | |`,
  ].join('\n');
  console.log(table);

  const survivors = files.flatMap((file) => {
    const { source, mutants } = report.files[file]!;
    return mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort(
        (a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
      )
      .map(
        (m) =>
          `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no coverage)' : ''}: ` +
          `${original(source, m.location)} -> ${(m.replacement ?? '').replace(/\s+/g, ' ')}`,
      );
  });
  console.log(`\n${survivors.length} surviving mutant(s)${survivors.length ? ':' : ''}`);
  for (const line of survivors) console.log(`  ${line}`);

  if (write) {
    const results = 'mutation/RESULTS.md';
    const text = readFileSync(results, 'utf8');
    const updated = text.replace(
      /(<!-- mutation-scores:start -->\n)[\s\S]*?(\n<!-- mutation-scores:end -->)/,
      `$1${table}$2`,
    );
    if (updated === text && !text.includes(table)) throw new Error(`${results} has no mutation-scores markers`);
    // Formatted as `npm run lint` checks it (Prettier aligns the table's columns).
    const options = (await prettier.resolveConfig(results)) ?? {};
    writeFileSync(results, await prettier.format(updated, { ...options, filepath: results }));
  }

  if (failed.length) {
    console.error(`\nmutation score budgets failed:\n  ${failed.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nevery mutation score budget holds');
}

await main();
