/** The security bans in eslint.config.js catch what they are meant to. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIdsFor(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/planted.ts' });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// The first test loads ESLint and its plugins: seconds on a busy machine.
describe('eslint.config.js bans', { timeout: 30_000 }, () => {
  it.each([
    ['innerHTML', 'export const f = (el: Element, s: string) => { el.innerHTML = s; };', 'no-restricted-properties'],
    ['outerHTML', 'export const f = (el: Element, s: string) => { el.outerHTML = s; };', 'no-restricted-properties'],
    [
      'insertAdjacentHTML',
      "export const f = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);",
      'no-restricted-properties',
    ],
    [
      'unsafeHTML',
      "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport { unsafeHTML };",
      'no-restricted-imports',
    ],
    [
      'unsafeSVG',
      "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport { unsafeSVG };",
      'no-restricted-imports',
    ],
    [
      'styleMap',
      "import { styleMap } from 'lit/directives/style-map.js';\nexport { styleMap };",
      'no-restricted-imports',
    ],
    ["d3's .html()", 'export const f = (s: { html(x: string): void }) => s.html("<b>x</b>");', 'no-restricted-syntax'],
    ['eval', "export const f = () => eval('1');", 'no-eval'],
    ['new Function', "export const f = () => new Function('return 1');", 'no-new-func'],
    ['a style attribute in a template', 'export const t = `<p style="color:red"></p>`;', 'no-restricted-syntax'],
    ['full d3', "import * as d3 from 'd3';\nexport { d3 };", 'no-restricted-imports'],
  ])('flags %s', async (_name, code, rule) => {
    expect(await ruleIdsFor(code)).toContain(rule);
  });

  it('passes text rendered through a Lit template', async () => {
    const code = "import { html } from 'lit';\nexport const t = (s: string) => html`<p>${s}</p>`;";
    expect(await ruleIdsFor(code)).toEqual([]);
  });
});
