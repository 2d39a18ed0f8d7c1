import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFileText } from './json-file.ts';

describe('datasetFileText', () => {
  it('indents with two spaces and ends with one newline', () => {
    expect(datasetFileText({ version: 1, quotes: [] })).toBe('{\n  "version": 1,\n  "quotes": []\n}\n');
  });

  it('puts "$schema" first wherever it was', () => {
    const text = datasetFileText({ version: 1, $schema: './dataset.schema.json' });
    expect(text.split('\n')[1]).toBe('  "$schema": "./dataset.schema.json",');
  });

  it('round-trips the shipped dataset to the same value', () => {
    const value: unknown = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
    expect(JSON.parse(datasetFileText(value))).toEqual(value);
  });

  it('writes any JSON value, even one that is not a dataset', () => {
    expect(datasetFileText(['a'])).toBe('[\n  "a"\n]\n');
  });
});
