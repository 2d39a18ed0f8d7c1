import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Two builds from one file, chosen by `--mode` (lib mode processes no HTML):
 * - `vite build`: the pages (index.html, embed.html) into dist/;
 * - `vite build --mode lib`: dist/nso-graphic.js, one self-contained ES module
 *   (Lit, d3-geo, topojson-client, the topology and the dataset inlined).
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'lib') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: false,
        lib: {
          entry: resolve(root, 'src/index.ts'),
          formats: ['es'],
          fileName: () => 'nso-graphic.js',
        },
        rolldownOptions: {
          external: [],
          output: {
            codeSplitting: false,
            // ES lib output keeps whitespace by default; force a full minify (toolchain note, pitfall 8).
            minify: true,
          },
        },
      },
    };
  }
  return {
    base: './',
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'index.html'),
          embed: resolve(root, 'embed.html'),
        },
      },
    },
  };
});
