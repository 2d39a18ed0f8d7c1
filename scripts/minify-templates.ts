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
 * blocks), so it is dropped, and so is white space just inside a <button> (its content is laid out on its own)
 * and, in svg`` templates, any outside a text element: fewer nodes for Lit to clone and walk and for the browser
 * to lay out. Not <svg> itself, which is inline, nor <text>, <tspan>, <title> and <desc>, whose text is
 * read.
 */
const BLOCK =
  '(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|' +
  'header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|circle|clipPath|defs|ellipse|g|' +
  'line|linearGradient|mask|path|pattern|polygon|polyline|rect|stop|use)';
/** A whole tag's attributes and end (quoted attribute values may hold `>`, and a `${}` binding stands as PART). */
const ATTRIBUTES = `(?:\\s+[^\\s"'<>/=]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'<>]+))?)*\\s*/?>`;
const AFTER_BLOCK = new RegExp(`(</?${BLOCK}${ATTRIBUTES}|<button${ATTRIBUTES})\\s+`, 'g');
const BEFORE_BLOCK = new RegExp(`\\s+(?=</?${BLOCK}[\\s/>]|</button>)`, 'g');
/** In SVG: a whole tag, or a run of white space (kept only inside the elements whose text is read). */
const SVG_TAG_OR_SPACE = new RegExp(`<(/?)([A-Za-z][^\\s/>]*)${ATTRIBUTES}|<[^<>]*>|\\s+`, 'g');
const SVG_TEXT = /^(text|tspan|title|desc)$/;
/** Where each `${}` was, while a template's static parts are minified as one text (no template holds it). */
const PART = '\u0000';

function dropSvgSpace(text: string): string {
  let depth = 0;
  return text.replace(SVG_TAG_OR_SPACE, (match: string, close?: string, name?: string) => {
    // Any other tag (one the attribute pattern does not read) is kept whole, white space and all.
    if (name === undefined) return match.startsWith('<') || depth > 0 ? match : '';
    // A self-closing text element (<text/>) holds nothing to keep.
    if (SVG_TEXT.test(name) && !match.endsWith('/>')) depth += close ? -1 : 1;
    return match;
  });
}

/** A template's static parts (the texts around its `${}`s), minified. */
function minifyTexts(tag: string, texts: readonly string[]): string[] {
  if (tag !== 'css') {
    // As one text, so that a tag a binding cuts in two (`<li class=${c}>`) is still seen whole.
    const joined = texts.join(PART).replace(AFTER_BLOCK, '$1').replace(BEFORE_BLOCK, '');
    return (tag === 'svg' ? dropSvgSpace(joined) : joined).split(PART).map((text) => text.replace(/\s*\n\s*/g, ' '));
  }
  return texts.map((text, i) => {
    let out = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // "display: grid" → "display:grid". A colon followed by space is always a declaration's (a selector's
      // pseudo-class never is), and our styles quote no text holding ": ".
      .replace(/:\s+/g, ':')
      // A block's last declaration needs no semicolon.
      .replace(/;}/g, '}');
    if (i === 0) out = out.replace(/^\s+/, '');
    if (i === texts.length - 1) out = out.replace(/\s+$/, '');
    return out;
  });
}

export interface MinifyOptions {
  /**
   * css`` templates become empty: for the prerendered pages' module, whose elements hydrate shadow roots that
   * hold their styles already (Lit adopts no styles then).
   */
  dropCss?: boolean;
}

/** Copies a template literal's body starting at `i` (after the backtick); returns [text, index after the closing backtick]. */
function template(code: string, i: number, tag: string | undefined, options: MinifyOptions): [string, number] {
  const texts = [''];
  const expressions: string[] = [];
  for (;;) {
    const c = code[i];
    if (c === undefined) throw new Error('unterminated template literal');
    if (c === '\\') {
      texts[texts.length - 1] += c + code[i + 1];
      i += 2;
    } else if (c === '`') {
      if (tag === 'css' && options.dropCss) return ['`', i + 1];
      const minified = tag ? minifyTexts(tag, texts) : texts;
      return [minified.map((text, k) => (k === 0 ? text : `\${${expressions[k - 1]}}${text}`)).join('') + '`', i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      const [expression, next] = scan(code, i + 2, options, '}');
      expressions.push(expression);
      texts.push('');
      i = next;
    } else {
      texts[texts.length - 1] += c;
      i += 1;
    }
  }
}

/** Copies code from `i` until `end` at depth 0 (or the end), minifying tagged templates inside. */
function scan(code: string, i: number, options: MinifyOptions, end?: string): [string, number] {
  let out = '';
  let depth = 0;
  while (i < code.length) {
    const c = code[i]!;
    if (c === end && depth === 0) return [out, i + 1];
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    if (c === '`') {
      const tag = /\b(css|html|svg)$/.exec(out)?.[1];
      const [body, next] = template(code, i + 1, tag, options);
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

export function minifyTemplate(code: string, options: MinifyOptions = {}): string {
  return scan(code, 0, options)[0];
}

export function minifyTemplates(options: MinifyOptions = {}): Plugin {
  return {
    name: 'nso-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      return { code: minifyTemplate(code, options), map: null };
    },
  };
}
