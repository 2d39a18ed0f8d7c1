/**
 * A Vite plugin that minifies the static text of Lit's css`` and html``/svg``
 * templates in our sources at build time (Vite minifies code, not template
 * contents). Readers download less; nothing changes in what renders:
 * - CSS: comments go, white space collapses, and none is kept around { } ; , >
 * - HTML and SVG: white space next to a block's tag goes (see BLOCK); any
 *   other run that spans a line break becomes one space, which is how HTML
 *   renders it anyway (there is no <pre> in them).
 * Templates nested in `${…}` are minified too: the scanner follows braces,
 * strings and inner template literals instead of stopping at the first backtick.
 */
import type { Plugin } from 'vite';

/**
 * Tags whose boxes are blocks, and SVG elements other than text, whose white space children render nothing.
 * White space next to one of them renders nothing either (it collapses at a line's start or end, or between
 * blocks), so it is dropped: fewer nodes for Lit to clone and walk (issue 9: ~300 of the default graphic's ~1,370;
 * the time it saves is within this machine's noise). Not <svg> itself, which is inline, nor <text>, <tspan>, <title> and <desc>, whose text is read.
 */
const BLOCK =
  '(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|' +
  'header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|circle|clipPath|defs|ellipse|g|' +
  'line|linearGradient|mask|path|pattern|polygon|polyline|rect|stop|use)';
/** A whole tag (quoted attribute values may hold `>`); a tag that a `${}` cuts in two is not matched, and keeps its white space. */
const ATTRIBUTES = `(?:\\s+[^\\s"'<>/=]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'<>]+))?)*\\s*/?>`;
const AFTER_BLOCK = new RegExp(`(</?${BLOCK}${ATTRIBUTES})\\s+`, 'g');
const BEFORE_BLOCK = new RegExp(`\\s+(?=</?${BLOCK}[\\s/>])`, 'g');

function minifyText(tag: string, text: string, first: boolean, last: boolean): string {
  if (tag !== 'css')
    return text
      .replace(AFTER_BLOCK, '$1')
      .replace(BEFORE_BLOCK, '')
      .replace(/\s*\n\s*/g, ' ');
  let out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // "display: grid" → "display:grid". A colon followed by space is always a declaration's (a selector's
    // pseudo-class never is), and our styles quote no text holding ": ".
    .replace(/:\s+/g, ':')
    // A block's last declaration needs no semicolon.
    .replace(/;}/g, '}');
  if (first) out = out.replace(/^\s+/, '');
  if (last) out = out.replace(/\s+$/, '');
  return out;
}

/** Copies a template literal's body starting at `i` (after the backtick); returns [text, index after the closing backtick]. */
function template(code: string, i: number, tag: string | undefined): [string, number] {
  let out = '';
  let text = '';
  let first = true;
  for (;;) {
    const c = code[i];
    if (c === undefined) throw new Error('unterminated template literal');
    if (c === '\\') {
      text += c + code[i + 1];
      i += 2;
    } else if (c === '`') {
      return [out + (tag ? minifyText(tag, text, first, true) : text) + '`', i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      out += (tag ? minifyText(tag, text, first, false) : text) + '${';
      [text, first] = ['', false];
      const [expression, next] = scan(code, i + 2, '}');
      out += expression + '}';
      i = next;
    } else {
      text += c;
      i += 1;
    }
  }
}

/** Copies code from `i` until `end` at depth 0 (or the end), minifying tagged templates inside. */
function scan(code: string, i: number, end?: string): [string, number] {
  let out = '';
  let depth = 0;
  while (i < code.length) {
    const c = code[i]!;
    if (c === end && depth === 0) return [out, i + 1];
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    if (c === '`') {
      const tag = /\b(css|html|svg)$/.exec(out)?.[1];
      const [body, next] = template(code, i + 1, tag);
      out += '`' + body;
      i = next;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (
      c === '/' &&
      code[i + 1] !== '/' &&
      code[i + 1] !== '*' &&
      /(^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof)\s*$/.test(out)
    ) {
      // A regular expression literal: copied up to its closing slash (not one in a [class]).
      let [j, inClass] = [i + 1, false];
      while (j < code.length && (code[j] !== '/' || inClass)) {
        if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        j += code[j] === '\\' ? 2 : 1;
      }
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && code[i + 1] === '/') {
      const j = code.indexOf('\n', i);
      out += code.slice(i, j < 0 ? code.length : j);
      i = j < 0 ? code.length : j;
    } else if (c === '/' && code[i + 1] === '*') {
      const j = code.indexOf('*/', i + 2);
      out += code.slice(i, j + 2);
      i = j + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return [out, i];
}

export function minifyTemplate(code: string): string {
  return scan(code, 0)[0];
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
