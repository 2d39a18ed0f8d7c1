/**
 * A Vite plugin that minifies the static text of Lit's css`` and html``/svg``
 * templates in our sources at build time (Vite minifies code, not template
 * contents). Readers download less; nothing changes in what renders:
 * - CSS: comments go, white space collapses, and none is kept around { } ; , >
 * - HTML and SVG: a run of white space that spans a line break becomes one
 *   space, which is how HTML renders it anyway (there is no <pre> in them).
 */
import type { Plugin } from 'vite';

const TEMPLATE = /\b(css|html|svg)`((?:[^`\\]|\\.)*)`/g;

/** Minifies the literal parts of a template, leaving `${…}` expressions as they are. */
function minifyParts(tag: string, body: string): string {
  const parts = body.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      if (tag === 'css') {
        return part
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(i === 0 ? /^\s+/ : /$^/, '')
          .replace(i === parts.length - 1 ? /\s+$/ : /$^/, '');
      }
      return part.replace(/\s*\n\s*/g, ' ');
    })
    .join('');
}

export function minifyTemplate(code: string): string {
  return code.replace(TEMPLATE, (_match, tag: string, body: string) => `${tag}\`${minifyParts(tag, body)}\``);
}

export function minifyTemplates(): Plugin {
  return {
    name: 'nso-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      return { code: minifyTemplate(code), map: null };
    },
  };
}
