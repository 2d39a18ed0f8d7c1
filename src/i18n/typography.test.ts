import { describe, expect, it } from 'vitest';
import { isVerbatim } from '../dataset/provenance.ts';
import { keepNumbersTogether } from './typography.ts';

describe('keepNumbersTogether', () => {
  it('keepNumbersTogether("environ 1 400 appareils") joins the digit groups with U+202F', () => {
    expect(keepNumbersTogether('environ 1 400 appareils')).toBe('environ 1\u202f400 appareils');
  });
  it('keepNumbersTogether joins every group of a long number', () => {
    expect(keepNumbersTogether('1 500 000 000 personnes')).toBe('1\u202f500\u202f000\u202f000 personnes');
  });
  it('keepNumbersTogether leaves other spaces alone', () => {
    expect(keepNumbersTogether('100 défenseurs, 2019 2020, 12 1234')).toBe('100 défenseurs, 2019 2020, 12 1234');
  });
  it('keepNumbersTogether keeps the text verbatim for the provenance check', () => {
    const source = 'WhatsApp comptabilise environ 1 400 appareils.';
    expect(isVerbatim(keepNumbersTogether(source), source)).toBe(true);
  });
});
