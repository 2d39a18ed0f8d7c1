import { describe, expect, it } from 'vitest';
import { givesValue as givesNumbers, numbersIn } from './numbers.ts';

/** givesValue on what numbersIn reads of `text`, as validate.ts calls it. */
const givesValue = (text: string, value: number, approximate: boolean) =>
  givesNumbers(numbersIn(text), value, approximate);
const readings = (text: string) => numbersIn(text).map((n) => [n.text, n.readings]);

describe('numbersIn', () => {
  it('numbersIn("environ 1 400 appareils") reads 1 400 as 1400, with a space or a no-break space', () => {
    expect(readings('environ 1 400 appareils')).toEqual([['1 400', [1400]]]);
    expect(readings('environ 1\u202f400 appareils')).toEqual([['1\u202f400', [1400]]]);
  });
  it('numbersIn("1,5 milliards de personnes") reads 1.5 and, with its scale word, 1.5e9', () => {
    expect(readings('environ 1,5 milliards de personnes')).toEqual([['1,5 milliards', [1.5, 1.5e9]]]);
  });
  it('numbersIn reads English scale words and separators: "1.5 billion", "2,000"', () => {
    expect(readings('1.5 billion people')).toEqual([['1.5 billion', [1.5, 1.5e9]]]);
    expect(readings('about 2,000 devices')).toEqual([['2,000', [2000, 2]]]);
  });
  it('numbersIn reads a French decimal after thousands groups: "1 234,5" is 1234.5', () => {
    expect(readings('1 234,5 km')).toEqual([['1 234,5', [1234.5]]]);
  });
  it('numbersIn reads Arabic-Indic digits and separators: "١٬٤٠٠" is 1400', () => {
    expect(readings('نحو ١٬٤٠٠ جهاز')).toEqual([['١٬٤٠٠', [1400]]]);
  });
  it('numbersIn reads numbers a comma and a space apart as two: "100 journalistes, 20 pays"', () => {
    expect(readings('100 journalistes, 20 pays')).toEqual([
      ['100', [100]],
      ['20', [20]],
    ]);
  });
  it('numbersIn leaves dates out: "Le 29 octobre 2019", "October 29, 2019", "en 2019"', () => {
    expect(numbersIn('Le 29 octobre 2019, une centaine de journalistes')).toEqual([]);
    expect(numbersIn('On October 29, 2019, about a hundred')).toEqual([]);
    expect(readings('en 2019, 100 journalistes')).toEqual([['100', [100]]]);
  });
  it('numbersIn reads scale abbreviations and Arabic forms: "1.5bn", "$2m", "500 M€", "15 ألفاً"', () => {
    expect(readings('its 1.5bn users')).toEqual([['1.5bn', [1.5, 1.5e9]]]);
    expect(readings('NSO earned $2m')).toEqual([['2m', [2, 2e6]]]);
    expect(readings('estimé à 500 M€')).toEqual([['500 M', [500, 5e8]]]);
    expect(readings('نحو 15 ألفاً')).toEqual([['15 ألفاً', [15, 15000]]]);
  });
  it('numbersIn reads digits that are not one number ("12 45") part by part', () => {
    expect(readings('les 12 45 cas')).toEqual([
      ['12', [12]],
      ['45', [45]],
    ]);
  });
  it('numbersIn gives nothing for numbers written in words', () => {
    expect(numbersIn('une centaine de journalistes')).toEqual([]);
  });
});

describe('givesValue', () => {
  const devices = 'WhatsApp comptabilise environ 1 400 appareils qui aurait été infectés';
  it('givesValue accepts the value its excerpt writes', () => {
    expect(givesValue(devices, 1400, true)).toBe(true);
  });
  it('givesValue refuses a value edited without its excerpt (2500 against "1 400")', () => {
    expect(givesValue(devices, 2500, true)).toBe(false);
  });
  it('givesValue refuses a cut number: 400 is not "1 400"', () => {
    expect(givesValue(devices, 400, false)).toBe(false);
  });
  it('givesValue accepts 1.5e9 and 1.5 for "1,5 milliards"', () => {
    const exposed = 'permis de pirater environ 1,5 milliards de personnes';
    expect(givesValue(exposed, 1_500_000_000, true)).toBe(true);
    expect(givesValue(exposed, 1.5, true)).toBe(true);
    expect(givesValue(exposed, 1_400_000_000, true)).toBe(false);
  });
  it('givesValue accepts an approximate figure rounded from its excerpt, an exact one only as written', () => {
    expect(givesValue('1 387 appareils', 1400, true)).toBe(true);
    expect(givesValue('1 387 appareils', 1400, false)).toBe(false);
  });
  it('givesValue refuses a rounding to one significant figure: not 2 billion from "1,5 milliards", nor 1000 from "1 400"', () => {
    expect(givesValue('environ 1,5 milliards de personnes', 2e9, true)).toBe(false);
    expect(givesValue('environ 1 400 appareils', 1000, true)).toBe(false);
  });
  it('givesValue compares no date with the value: a number in words beside a date is not refused', () => {
    expect(givesValue('Le 29 octobre 2019, une centaine de journalistes', 100, true)).toBe(true);
  });
  it('givesValue accepts any value when the excerpt writes no number in digits', () => {
    expect(givesValue('une centaine de journalistes', 100, true)).toBe(true);
  });
});
