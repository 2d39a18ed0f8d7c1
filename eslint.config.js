// ESLint flat config: typescript-eslint, Lit and web-component rules, and the
// security bans (no HTML sinks, no eval, no style attributes).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SINKS = [
  ['innerHTML', 'Render with Lit templates: innerHTML parses strings as HTML.'],
  ['outerHTML', 'Render with Lit templates: outerHTML parses strings as HTML.'],
  ['insertAdjacentHTML', 'Render with Lit templates: insertAdjacentHTML parses strings as HTML.'],
  ['srcdoc', 'srcdoc runs HTML; never build it from data.'],
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-bench/',
      'node_modules/',
      'scratch/',
      'custom-elements.json',
      'coverage/',
      'mutation/.stryker-tmp/',
      'mutation/reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import d3 modules by name (d3-geo, …): full d3 is ~95 KB gzip.' },
            { name: 'lit/directives/unsafe-html.js', message: 'Dataset strings must render as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Dataset strings must render as text.' },
            {
              name: 'lit/directives/style-map.js',
              message: 'styleMap writes a style attribute, which a strict CSP blocks.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        ...SINKS.map(([property, message]) => ({ property, message })),
        { object: 'document', property: 'write', message: 'document.write parses HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='html']",
          message: "d3's selection.html() is innerHTML.",
        },
        {
          selector: "CallExpression[callee.property.name='attr'][arguments.0.value='style']",
          message: 'A style attribute is blocked by a strict CSP; use classes or custom properties.',
        },
        {
          selector: "AssignmentExpression[left.property.name='cssText']",
          message: 'cssText is a style attribute, which a strict CSP blocks.',
        },
        {
          selector: 'TemplateElement[value.raw=/\\sstyle=/]',
          message: 'No style attributes in templates: a strict CSP blocks them.',
        },
        {
          selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']",
          message: 'A style attribute is blocked by a strict CSP.',
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests build hostile inputs and edit datasets freely.
    files: ['**/*.test.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);
