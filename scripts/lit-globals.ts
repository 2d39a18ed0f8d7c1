/**
 * A Vite plugin that keeps Lit's globals inside the bundle. Lit records its
 * versions on `globalThis` (litHtmlVersions, litElementVersions,
 * reactiveElementVersions), its decorators' metadata in
 * `globalThis.litPropertyMetadata`, and @lit-labs/ssr-client hands LitElement
 * its hydration through `globalThis.litElementHydrateSupport` (which would
 * patch any other Lit on a publisher's page that loads after it). The module must leak no globals onto a
 * publisher's page, and it carries exactly one copy of Lit, so one
 * object private to the bundle serves the same purpose.
 */
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:nso-lit-globals';
const NAMES = 'litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata|litElementHydrateSupport';

export function rewriteLitGlobals(code: string): string {
  return code
    .replace(new RegExp(String.raw`\b[\w$]+\.(${NAMES})\b`, 'g'), '__nsoLit.$1')
    .replace(/(?<![.\w$])litPropertyMetadata\b/g, '__nsoLit.litPropertyMetadata');
}

export function litGlobals(): Plugin {
  return {
    name: 'nso-lit-globals',
    apply: 'build',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load: (id) => (id === `\0${VIRTUAL}` ? 'export const __nsoLit = {};' : null),
    transform(code, id) {
      if (!/node_modules\/(lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr-client)\//.test(id)) return null;
      const rewritten = rewriteLitGlobals(code);
      return rewritten === code ? null : { code: `import { __nsoLit } from '${VIRTUAL}';\n${rewritten}`, map: null };
    },
  };
}
