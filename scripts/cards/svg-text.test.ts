import { describe, expect, it } from 'vitest';
import { escapeXml, textElement, wrap, type Measure } from './svg-text.ts';

/** 10 px per character, whatever the font: widths a test can count. */
const tenPerChar: Measure = (text) => 10 * [...text].length;
const STYLE = { size: 20, weight: 400 } as const;

describe('escapeXml', () => {
  it('turns markup characters into entities', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;',
    );
  });

  it('replaces characters XML cannot hold (controls, U+FFFF, lone surrogates) with U+FFFD, keeping the rest', () => {
    expect(escapeXml('a\u0000b\u001Fc\uFFFFd\uD800e\uDC00f\tg\nh😀')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg\nh😀',
    );
  });
});

describe('wrap', () => {
  it('breaks at spaces so that each line fits the width', () => {
    expect(wrap('aa bb cc dd', 50, 5, 'fr', STYLE, tenPerChar)).toEqual(['aa bb', 'cc dd']);
  });

  it('never breaks at a no-break space ("1 400", "Source :")', () => {
    expect(wrap('environ 1\u202f400 appareils', 90, 5, 'fr', STYLE, tenPerChar)).toEqual([
      'environ',
      '1\u202f400',
      'appareils',
    ]);
  });

  it('ends the last line allowed with "…" when the text needs more lines', () => {
    expect(wrap('aa bb cc dd ee', 50, 2, 'fr', STYLE, tenPerChar)).toEqual(['aa bb', 'cc…']);
  });

  it('cuts a word wider than the line, with "…"', () => {
    expect(wrap('abcdefghij kl', 50, 3, 'fr', STYLE, tenPerChar)).toEqual(['abcd…', 'kl']);
  });

  it('gives no line when none is allowed', () => {
    expect(wrap('aa', 50, 0, 'fr', STYLE, tenPerChar)).toEqual([]);
  });
});

describe('textElement', () => {
  it('escapes its text and anchors a left-to-right line at its left edge by default', () => {
    const svg = textElement({ x: 10, y: 20, text: 'A & <B>', lang: 'en', style: STYLE, fill: '#000' });
    expect(svg).toMatch(/^<text x="10" y="20" [^>]*>A &amp; &lt;B&gt;<\/text>$/);
    expect(svg).not.toMatch(/text-anchor/);
  });

  it('wraps an Arabic line in a right-to-left isolate and anchors its start at its right edge', () => {
    const svg = textElement({
      x: 1144,
      y: 20,
      text: 'واتساب يقاضي مجموعة NSO',
      lang: 'ar',
      style: STYLE,
      fill: '#000',
    });
    expect(svg).toMatch(/text-anchor="end"/);
    expect(svg).toMatch(/font-family="&apos;Noto Sans Arabic&apos;/);
    expect(svg).toContain('>\u2067واتساب يقاضي مجموعة NSO\u2069</text>');
  });

  it('keeps a centred line centred in both directions', () => {
    for (const lang of ['fr', 'ar'] as const)
      expect(textElement({ x: 0, y: 0, text: 'x', lang, style: STYLE, fill: '#000', anchor: 'middle' })).toMatch(
        /text-anchor="middle"/,
      );
  });
});
