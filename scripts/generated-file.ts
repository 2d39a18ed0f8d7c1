/**
 * Writes a generated file, or with `--check` (CI) fails when the committed
 * copy differs from what the generator would write now.
 */
import { readFile, writeFile } from 'node:fs/promises';

export async function writeOrCheck(file: string, text: string, summary = ''): Promise<void> {
  if (process.argv.includes('--check')) {
    if ((await readFile(file, 'utf8').catch(() => '')) !== text) {
      console.error(`${file} is out of date: run npm run data`);
      process.exitCode = 1;
    }
    return;
  }
  await writeFile(file, text);
  console.log(`wrote ${file}${summary}`);
}
