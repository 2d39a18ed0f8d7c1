import { describe, expect, it } from 'vitest';
import { duplicateKeys, lineColumn, parseDatasetText, syntaxErrorOffset } from './parse.ts';

describe('parseDatasetText', () => {
  it('parseDatasetText returns the value of valid JSON', () => {
    expect(parseDatasetText('{"a": [1, "x", null]}')).toEqual({ ok: true, value: { a: [1, 'x', null] } });
  });
  it('parseDatasetText ignores a byte order mark (a file saved by Windows Notepad)', () => {
    expect(parseDatasetText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
  it('parseDatasetText locates a stray comma by line and column', () => {
    expect(parseDatasetText('{\n  "a": 1,\n  "b": \n}')).toEqual({
      ok: false,
      failure: { code: 'syntax', line: 4, column: 1, found: '}' },
    });
  });
  it('parseDatasetText reports an unterminated string as an unexpected end of file', () => {
    expect(parseDatasetText('{"a": "x')).toEqual({
      ok: false,
      failure: { code: 'syntax', line: 1, column: 9, found: null },
    });
  });
  it('parseDatasetText refuses a text over the size limit before parsing it', () => {
    const result = parseDatasetText(`"${'x'.repeat(100)}"`, { maxLength: 50, maxDepth: 10 });
    expect(result).toEqual({ ok: false, failure: { code: 'too-large', length: 102, max: 50 } });
  });
  it('parseDatasetText refuses a text over 1,000,000 characters by default, and reads one of exactly 1,000,000', () => {
    const text = (length: number) => `"${'x'.repeat(length - 2)}"`;
    expect(parseDatasetText(text(1_000_001))).toEqual({
      ok: false,
      failure: { code: 'too-large', length: 1_000_001, max: 1_000_000 },
    });
    expect(parseDatasetText(text(1_000_000)).ok).toBe(true);
  });
  it('parseDatasetText counts the text without its byte order mark against the limit', () => {
    expect(parseDatasetText('\ufeff"abc"', { maxLength: 5, maxDepth: 10 })).toEqual({ ok: true, value: 'abc' });
  });
  it('parseDatasetText refuses 10,000 nested arrays without overflowing the stack', () => {
    const result = parseDatasetText('['.repeat(10_000) + ']'.repeat(10_000));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure).toMatchObject({ code: 'too-deep', max: 32, line: 1, column: 33 });
  });
  it('parseDatasetText does not count brackets inside strings as nesting', () => {
    const text = JSON.stringify({ a: '['.repeat(100) });
    expect(parseDatasetText(text, { maxLength: 1000, maxDepth: 2 }).ok).toBe(true);
  });
  it('parseDatasetText does not end a string at an escaped quote', () => {
    const text = JSON.stringify({ a: '\\"[[[', b: '\\' }) + ' ';
    expect(parseDatasetText(text, { maxLength: 1000, maxDepth: 2 }).ok).toBe(true);
    expect(parseDatasetText(`[${text}, [[1]]]`, { maxLength: 1000, maxDepth: 2 })).toMatchObject({
      ok: false,
      failure: { code: 'too-deep' },
    });
  });
});

describe('syntaxErrorOffset', () => {
  it('syntaxErrorOffset points at a missing value', () => {
    expect(syntaxErrorOffset('[1,,2]')).toBe(3);
  });
  it('syntaxErrorOffset points at a bad literal', () => {
    expect(syntaxErrorOffset('{"a": tru}')).toBe(9);
  });
  it('syntaxErrorOffset points at text after the value', () => {
    expect(syntaxErrorOffset('{} x')).toBe(3);
  });
  it('syntaxErrorOffset points at a raw newline inside a string', () => {
    expect(syntaxErrorOffset('"a\nb"')).toBe(2);
  });
});

describe('lineColumn', () => {
  it('lineColumn counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('duplicateKeys', () => {
  it('duplicateKeys finds a key an object holds twice, with its path and where the second one is', () => {
    const text = '{"meta": {"headline": {"fr": "A",\n "fr": "B"}}, "quotes": [{"id": "a"}, {"id": "b", "id": "c"}]}';
    expect(duplicateKeys(text)).toEqual([
      { path: ['meta', 'headline', 'fr'], line: 2, column: 2 },
      { path: ['quotes', 1, 'id'], line: 2, column: 51 },
    ]);
  });
  it('duplicateKeys ignores the same key in two objects and keys inside strings', () => {
    expect(duplicateKeys('[{"a": 1}, {"a": "\\"a\\": {\\"a\\""}]')).toEqual([]);
  });
});
