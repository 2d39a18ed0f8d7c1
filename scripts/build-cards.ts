/**
 * `npm run build:cards` (the last step of `npm run build`): writes, for each language, the social card
 * dist/social/card.LANG.png (1200 × 630) and the print desk's map dist/print/map.LANG.svg, from
 * data/dataset.json. The pages' og:image and twitter:image tags point at the cards.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { formatError } from '../src/dataset/messages.ts';
import { validateDataset } from '../src/dataset/validate.ts';
import { LANGS } from '../src/i18n/lang.ts';
import { measureText, rasterize } from './cards/fonts.ts';
import { printMapSvg } from './cards/print-map.ts';
import { socialCardSvg } from './cards/social-card.ts';

const DATASET = 'data/dataset.json';

const result = validateDataset(JSON.parse(await readFile(DATASET, 'utf8')));
if (!result.ok) {
  for (const error of result.errors) console.error(`${DATASET}: ${formatError(error)}`);
  process.exit(1);
}
await mkdir('dist/social', { recursive: true });
await mkdir('dist/print', { recursive: true });
for (const lang of LANGS) {
  await writeFile(`dist/social/card.${lang}.png`, rasterize(socialCardSvg(result.dataset, lang, measureText)));
  await writeFile(`dist/print/map.${lang}.svg`, printMapSvg(result.dataset, lang, measureText));
}
console.log(`wrote dist/social/card.{${LANGS.join(',')}}.png and dist/print/map.{${LANGS.join(',')}}.svg`);
