import { describe, expect, it } from 'vitest';
import { parseRgb, schemeOfBackground, schemeOfColorScheme } from './page-scheme.ts';

describe('parseRgb', () => {
  it('reads both computed-style syntaxes, with and without alpha', () => {
    expect(parseRgb('rgb(20, 20, 20)')).toEqual([20, 20, 20, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
  });
  it('returns null for colours it cannot read', () => {
    expect(parseRgb('oklch(0.2 0.1 20)')).toBeNull();
    expect(parseRgb('transparent')).toBeNull();
  });
});

describe('schemeOfBackground', () => {
  it('calls a near-black background dark and a white one light', () => {
    expect(schemeOfBackground('rgb(20, 20, 20)')).toBe('dark');
    expect(schemeOfBackground('rgb(255, 255, 255)')).toBe('light');
  });
  it('calls mid greys by which text contrasts more: #595959 dark, #949494 light', () => {
    expect(schemeOfBackground('rgb(89, 89, 89)')).toBe('dark');
    expect(schemeOfBackground('rgb(148, 148, 148)')).toBe('light');
  });
  it('looks further up past a transparent or mostly transparent background', () => {
    expect(schemeOfBackground('rgba(0, 0, 0, 0)')).toBeNull();
    expect(schemeOfBackground('rgba(0, 0, 0, 0.2)')).toBeNull();
  });
});

describe('schemeOfColorScheme', () => {
  it('follows a page that declares one scheme, and the system for a page that declares both', () => {
    expect(schemeOfColorScheme('dark')).toBe('dark');
    expect(schemeOfColorScheme('light')).toBe('light');
    expect(schemeOfColorScheme('light dark')).toBeUndefined();
    expect(schemeOfColorScheme('dark light')).toBeUndefined();
  });
  it('calls a page that declares nothing light, as its canvas is', () => {
    expect(schemeOfColorScheme('normal')).toBe('light');
    expect(schemeOfColorScheme('')).toBe('light');
  });
});
