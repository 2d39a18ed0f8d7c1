import { describe, expect, it } from 'vitest';
import { minifyTemplate } from './minify-templates.ts';

describe('minifyTemplate', () => {
  it('minifyTemplate collapses CSS, drops its comments and the semicolon before a closing brace', () => {
    expect(minifyTemplate('css`\n  /* why */\n  .a > .b,\n  .c {\n    margin: 0 auto;\n    color: red;\n  }\n`')).toBe(
      'css`.a>.b,.c{margin:0 auto;color:red}`',
    );
  });
  it("minifyTemplate drops the space after a declaration's colon, never the one before a pseudo-class", () => {
    expect(minifyTemplate('css`\n  .a :focus-visible,\n  a:hover {\n    color: red;\n  }\n`')).toBe(
      'css`.a :focus-visible,a:hover{color:red}`',
    );
  });
  it('minifyTemplate keeps ${} expressions in CSS untouched', () => {
    expect(minifyTemplate('css`\n  :host {\n    ${declarations("light")}\n  }\n`')).toBe(
      'css`:host{${declarations("light")}}`',
    );
  });
  it('minifyTemplate turns line-spanning white space in HTML into one space', () => {
    expect(minifyTemplate('html`<p>\n      ${a}\n      <b>x</b>\n    </p>`')).toBe('html`<p> ${a} <b>x</b> </p>`');
  });
  it('minifyTemplate keeps single spaces between inline HTML', () => {
    expect(minifyTemplate('html`<b>a</b> <i>b</i>`')).toBe('html`<b>a</b> <i>b</i>`');
  });
  it('minifyTemplate leaves other template literals alone', () => {
    expect(minifyTemplate('const s = `a\n   b`;')).toBe('const s = `a\n   b`;');
  });
});

describe('minifyTemplate with nesting', () => {
  it('minifyTemplate minifies templates nested in ${} expressions', () => {
    expect(minifyTemplate('html`<ul>\n  ${xs.map((x) => html`<li>\n    ${x}\n  </li>`)}\n</ul>`')).toBe(
      'html`<ul> ${xs.map((x) => html`<li> ${x} </li>`)} </ul>`',
    );
  });
  it('minifyTemplate is not fooled by backticks in strings, comments or regular expressions', () => {
    const code = "const a = '`'; // `\nconst r = /`/;\nconst t = html`<p>\n  x\n</p>`;";
    expect(minifyTemplate(code)).toBe("const a = '`'; // `\nconst r = /`/;\nconst t = html`<p> x </p>`;");
  });
});
