import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Ships countries-110m.json as the fetched file the canonical example loads. */
function atlas(): Plugin {
  return {
    name: 'bench-atlas',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'countries-110m.json',
        source: readFileSync(resolve(here, '../node_modules/world-atlas/countries-110m.json')),
      });
    },
  };
}

/** Builds the reference page into dist-bench/reference (outside dist/, which publishers get). */
export default defineConfig({
  root: resolve(here, 'reference'),
  base: './',
  plugins: [atlas()],
  build: { outDir: resolve(here, '../dist-bench/reference'), emptyOutDir: true, target: 'es2022' },
});
