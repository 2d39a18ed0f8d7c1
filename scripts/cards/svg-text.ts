/**
 * Text in the SVGs made at build time (the social cards and the print maps): escaped, wrapped to widths measured
 * with the fonts that render it, and ordered right to left in Arabic. An SVG renderer does not wrap text, so each
 * line is a `<text>` of its own.
 */
import { dirOf, type Lang } from '../../src/i18n/lang.ts';

export interface TextStyle {
  /** px */
  size: number;
  weight: 400 | 700;
}

/** The width in px of `text` set in `lang`'s font family (`fontFamily`) at `style`. */
export type Measure = (text: string, lang: Lang, style: TextStyle) => number;

/** The families the cards' renderer loads (fonts.ts), then what a print desk's software may have instead. */
export function fontFamily(lang: Lang): string {
  return dirOf(lang) === 'rtl'
    ? "'Noto Sans Arabic', 'Noto Sans', Arial, sans-serif"
    : "'Noto Sans', Arial, sans-serif";
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE, U+FFFF, lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are what the pattern matches
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Any string as XML character data or an attribute value: markup characters become entities, and characters
 * XML cannot hold become U+FFFD, so no dataset text can add markup or make the file unreadable.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A line as the renderer must receive it. Right to left, it is wrapped in a right-to-left isolate (U+2067 …
 * U+2069): resvg orders every line as left-to-right text whatever its `direction` attribute, which put
 * "NSO" before "واتساب" in the Arabic headline.
 */
export function ordered(text: string, lang: Lang): string {
  return dirOf(lang) === 'rtl' ? `\u2067${text}\u2069` : text;
}

/** A text set apart from the text around it, in its own direction (a French title in an Arabic line). */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

const ELLIPSIS = '…';

/** Only ordinary spaces break a line: the no-break spaces of "1 400" and "Source :" hold. */
const BREAK = /[ \t\n]+/;

/**
 * `text` in lines no wider than `width`, word by word, at most `maxLines`: when it needs more, the last line ends
 * with "…". A word wider than `width` alone is cut, with "…".
 */
export function wrap(
  text: string,
  width: number,
  maxLines: number,
  lang: Lang,
  style: TextStyle,
  measure: Measure,
): string[] {
  if (maxLines < 1) return [];
  const fits = (line: string) => measure(line, lang, style) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(BREAK)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || fits(candidate)) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  const kept = lines.slice(0, maxLines).map((l) => (fits(l) ? l : shorten(l, fits)));
  if (lines.length > maxLines) kept[maxLines - 1] = shorten(kept[maxLines - 1]!, fits);
  return kept;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `line` that fits with "…" after it: whole words if any fit, else graphemes. */
function shorten(line: string, fits: (line: string) => boolean): string {
  const words = line.split(' ');
  for (let n = words.length; n > 0; n -= 1) {
    const start = words.slice(0, n).join(' ');
    if (fits(`${start}${ELLIPSIS}`)) return `${start}${ELLIPSIS}`;
  }
  const parts = Array.from(graphemes.segment(line), (s) => s.segment);
  for (let n = parts.length - 1; n > 0; n -= 1) {
    const start = parts.slice(0, n).join('').trimEnd();
    if (fits(`${start}${ELLIPSIS}`)) return `${start}${ELLIPSIS}`;
  }
  return ELLIPSIS;
}

export interface TextLine {
  /** px: where the line starts in its reading direction (its right edge in Arabic), and its baseline. */
  x: number;
  y: number;
  text: string;
  lang: Lang;
  style: TextStyle;
  fill: string;
  /** Where `x` is on the line, in its reading direction (`start`: its left edge in French, its right edge in Arabic). */
  anchor?: 'start' | 'middle' | 'end';
}

/**
 * One `<text>` element, its content and attributes escaped. Anchors are physical in SVG: a right-to-left line's
 * start is its right edge, so `start` becomes `end` there.
 */
export function textElement({ x, y, text, lang, style, fill, anchor = 'start' }: TextLine): string {
  const rtl = dirOf(lang) === 'rtl';
  const physical = anchor === 'middle' ? 'middle' : (anchor === 'start') !== rtl ? 'start' : 'end';
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-family="${escapeXml(fontFamily(lang))}"`,
    `font-size="${style.size}"`,
    `font-weight="${style.weight}"`,
    `fill="${escapeXml(fill)}"`,
    physical === 'start' ? '' : `text-anchor="${physical}"`,
  ];
  return `<text ${attrs.filter(Boolean).join(' ')}>${escapeXml(ordered(text, lang))}</text>`;
}

/** Coordinates to two decimals: enough for a pixel grid, and short. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
