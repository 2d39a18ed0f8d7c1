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
  it('minifyTemplate turns line-spanning white space between inline HTML into one space', () => {
    expect(minifyTemplate('html`<span>\n      ${a}\n      <b>x</b>\n    </span>`')).toBe(
      'html`<span> ${a} <b>x</b> </span>`',
    );
  });
  it("minifyTemplate drops white space next to a block's tags, which renders nothing", () => {
    expect(
      minifyTemplate(
        'html`\n  <ul>\n    <li class="a">${x}</li>\n    <li>\n      ${y} <b>z</b>\n    </li>\n  </ul>\n`',
      ),
    ).toBe('html`<ul><li class="a">${x}</li><li>${y} <b>z</b></li></ul>`');
  });
  it('minifyTemplate sees whole a tag that ${} bindings cut, and a quoted > in an attribute', () => {
    expect(minifyTemplate('html`<li class=${c} ?hidden=${h}>\n  ${a}\n</li>`')).toBe(
      'html`<li class=${c} ?hidden=${h}>${a}</li>`',
    );
    expect(minifyTemplate('html`<p title="a > b">\n  x</p>`')).toBe('html`<p title="a > b">x</p>`');
    expect(minifyTemplate('html`<b class=${c}>\n  ${a}\n</b>`')).toBe('html`<b class=${c}> ${a} </b>`');
  });
  it('minifyTemplate drops white space between the parts of an SVG template, never inside its text', () => {
    expect(
      minifyTemplate(
        'svg`<g class=${c}>\n  ${dot}\n  ${label}\n  <text x="1"\n    y="2">\n    ${name}\n  </text>\n</g>`',
      ),
    ).toBe('svg`<g class=${c}>${dot}${label}<text x="1" y="2"> ${name} </text></g>`');
  });
  it('minifyTemplate drops white space between SVG shapes, not around <svg> nor inside <text>', () => {
    expect(minifyTemplate('svg`<g>\n  <path d="M0 0" />\n  <text>\n    ${label}\n  </text>\n</g>`')).toBe(
      'svg`<g><path d="M0 0" /><text> ${label} </text></g>`',
    );
    expect(minifyTemplate('html`<button>\n  <svg><path d="" /></svg>\n  Next</button>`')).toBe(
      'html`<button><svg><path d="" /></svg> Next</button>`',
    );
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
      'html`<ul>${xs.map((x) => html`<li>${x}</li>`)}</ul>`',
    );
  });
  it('minifyTemplate is not fooled by backticks in strings, comments or regular expressions', () => {
    const code = "const a = '`'; // `\nconst r = /`/;\nconst t = html`<b>\n  x\n</b>`;";
    expect(minifyTemplate(code)).toBe("const a = '`'; // `\nconst r = /`/;\nconst t = html`<b> x </b>`;");
  });
});
