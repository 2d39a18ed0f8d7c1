import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { litGlobals } from './scripts/lit-globals.ts';
import { minifyTemplates } from './scripts/minify-templates.ts';
import { localizePage } from './scripts/prerender/localize-page.ts';
import { parseDatasetText } from './src/dataset/parse.ts';
import { DEFAULT_LANG, type Lang } from './src/i18n/lang.ts';
import type { PageName } from './src/pages/page-files.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Files readers can download ("Get the data"): the dataset, its schema and
 * every source it names (read from the dataset, so a new source needs no
 * change here).
 */
function dataFiles(): string[] {
  const dataset = JSON.parse(readFileSync(resolve(root, 'data/dataset.json'), 'utf8')) as {
    sources: { file: string }[];
  };
  return ['data/dataset.json', 'data/dataset.schema.json', ...dataset.sources.map((s) => `data/${s.file}`)];
}

function emitData(): Plugin {
  return {
    name: 'nso-emit-data',
    apply: 'build',
    generateBundle() {
      for (const file of dataFiles()) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(resolve(root, file)) });
      }
    },
  };
}

/**
 * The dev server as a live preview for editors: saving data/dataset.json
 * reloads the page, and malformed JSON becomes a `$nsoParseFailure` record
 * (with line and column) that the elements show, instead of a broken page.
 * NSO_DATASET=path previews another file (the dev-server test uses it).
 */
function datasetPreview(): Plugin {
  return {
    name: 'nso-dataset-preview',
    apply: 'serve',
    enforce: 'pre',
    config: () =>
      process.env.NSO_DATASET
        ? { resolve: { alias: [{ find: /^.*\/data\/dataset\.json$/, replacement: resolve(process.env.NSO_DATASET) }] } }
        : {},
    load(id) {
      const file = id.split('?')[0] ?? '';
      if (!/dataset\.json$/.test(file)) return null;
      this.addWatchFile(file);
      const parsed = parseDatasetText(readFileSync(file, 'utf8'));
      return parsed.ok ? null : JSON.stringify({ $nsoParseFailure: parsed.failure });
    },
  };
}

/**
 * The dataset inlined in dist/nso-graphic.js without its `$schema` key: it points editors' tools at the JSON
 * Schema and no reader's browser reads it (every embed downloads the module). The key is optional, so
 * the copy is still a valid dataset; dist/data/dataset.json, the one readers and editors download, keeps it.
 */
function trimEmbeddedDataset(): Plugin {
  return {
    name: 'nso-trim-embedded-dataset',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/data/dataset.json')) return null;
      const dataset = JSON.parse(code) as Record<string, unknown>;
      delete dataset.$schema;
      return { code: JSON.stringify(dataset), map: null };
    },
  };
}

/**
 * The dev server's pages in each language, as the build writes them (minus the prerendered graphic, which the
 * browser renders here): /index.en.html is index.html in English.
 */
function localizedPages(): Plugin {
  const PAGE = /^\/(index|embed)(?:\.(en|ar))?\.html/;
  return {
    name: 'nso-localized-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const match = PAGE.exec(req.url ?? '');
        if (match?.[2]) req.url = req.url!.replace(match[0], `/${match[1]}.html`);
        next();
      });
    },
    transformIndexHtml: (html, { originalUrl, path }) => {
      const match = PAGE.exec(originalUrl ?? path);
      if (!match) return html;
      return localizePage(html, { page: match[1] as PageName, lang: (match[2] as Lang | undefined) ?? DEFAULT_LANG });
    },
  };
}

/**
 * Where dist/data/dataset.json is, relative to the module that links to it
 * (src/dataset/data-url.ts resolves it against import.meta.url): the lib sits
 * at dist/, the pages' chunks in dist/assets/, and the dev server serves the
 * repository root.
 */
const dataPath = (mode: string, command: string) =>
  JSON.stringify(
    command === 'serve' ? '../../data/dataset.json' : mode === 'lib' ? './data/dataset.json' : '../data/dataset.json',
  );

/**
 * Six builds from one file, chosen by `--mode` (lib mode processes no HTML), in the order `npm run build` runs them:
 * - `vite build`: the reader and editor pages (index.html, editor.html) into dist/;
 * - `vite build --mode embed`: embed.html, alone so that its script is one file shared with no other page
 *   (every embed loads it: one request, and no bytes of code the other pages need);
 * - `vite build --mode lib`: dist/nso-graphic.js, the one module publishers load
 *   (Lit, the map geometry and the dataset inlined; the validator and the error
 *   messages in dist/chunks/, fetched only for a `src` or a failure);
 * - `vite build --mode hydrate`: dist/assets/hydrate.js, the prerendered pages' module: the same elements with
 *   Lit's hydration support, without their css (src/pages/hydrate.ts);
 * - `vite build --mode resize`: dist/resize.js, the host script of the iframe snippet;
 * - `vite build --mode prerender`: dist-ssr/render-graphic.js, with which scripts/prerender.ts writes each page
 *   in each language.
 */
export default defineConfig(({ mode, command }): UserConfig => {
  const define = { __NSO_DATA_PATH__: dataPath(mode, command) };
  /**
   * HTML pages into dist/, each page's scripts bundled. The first build empties dist/ and copies public/. No
   * modulepreload polyfill nor preload helper for the pages' few small chunks; the pages' scripts import their
   * module, dist/assets/hydrate.js, after the first paint (src/pages/load-hydrate.ts).
   */
  const pages = (
    inputs: Record<string, string>,
    { plugins, first }: { plugins: Plugin[]; first: boolean },
  ): UserConfig => ({
    define,
    base: './',
    publicDir: first ? undefined : false,
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: first,
      modulePreload: false,
      rolldownOptions: {
        input: Object.fromEntries(Object.entries(inputs).map(([name, file]) => [name, resolve(root, file)])),
      },
    },
  });
  if (mode === 'resize') {
    // dist/resize.js: a classic script (CMSs paste <script src>), no module needed.
    return {
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        lib: {
          entry: resolve(root, 'src/embed/resize.ts'),
          formats: ['iife'],
          name: 'nsoResize',
          fileName: () => 'resize.js',
        },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  if (mode === 'prerender') {
    // dist-ssr/render-graphic.js, for Node: scripts/prerender.ts renders the pages with it. Lit stays external, so
    // Node loads its server build (with @lit-labs/ssr's DOM shim).
    return {
      define: { __NSO_DATA_PATH__: JSON.stringify('./data/dataset.json') },
      publicDir: false,
      // The same template transform as the module's: hydration matches templates by a hash of their text.
      plugins: [trimEmbeddedDataset(), minifyTemplates()],
      build: {
        outDir: 'dist-ssr',
        emptyOutDir: true,
        ssr: resolve(root, 'scripts/prerender/render-graphic.ts'),
        rolldownOptions: { output: { entryFileNames: 'render-graphic.js' } },
      },
    };
  }
  if (mode === 'embed') return pages({ embed: 'embed.html' }, { plugins: [], first: false });
  if (mode === 'lib' || mode === 'hydrate') {
    const hydrate = mode === 'hydrate';
    return {
      define,
      publicDir: false,
      plugins: [trimEmbeddedDataset(), minifyTemplates({ dropCss: hydrate }), litGlobals()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: false,
        lib: {
          entry: resolve(root, hydrate ? 'src/pages/hydrate.ts' : 'src/index.ts'),
          formats: ['es'],
          fileName: () => (hydrate ? 'assets/hydrate.js' : 'nso-graphic.js'),
        },
        rolldownOptions: {
          external: [],
          output: {
            // The validator is a separate chunk, fetched (relative to the module's URL) only for `src`.
            chunkFileNames: hydrate ? 'assets/[name]-[hash].js' : 'chunks/[name]-[hash].js',
            // ES lib output keeps whitespace by default (it keeps pure annotations for another bundler): a full minify.
            minify: true,
            // No comments: the pure annotations kept for a bundler that would tree-shake this file again serve no
            // reader's browser.
            comments: false,
            // V8's explicit compile hint (Chrome 136+, v8.dev/blog/explicit-compile-hints): the module's functions
            // nearly all run on load, so they are compiled while it streams, off the main thread, instead of one by
            // one on first call (bench/README.md has the measurements). It is added after
            // minification, which would drop it; the validator's chunk, loaded only for `src`, is left lazy.
            postBanner: (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : ''),
          },
        },
      },
    };
  }
  return pages(
    { index: 'index.html', editor: 'editor.html' },
    {
      plugins: [emitData(), datasetPreview(), localizedPages(), minifyTemplates(), litGlobals()],
      first: true,
    },
  );
});
