import { iso31661 } from 'iso-3166';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './country-codes.ts';

describe('COUNTRY_CODES', () => {
  it('equals the assigned ISO 3166-1 alpha-2 codes of the iso-3166 package, and XK for Kosovo', () => {
    const assigned = iso31661.filter((c) => c.state === 'assigned').map((c) => c.alpha2);
    expect([...COUNTRY_CODES].sort()).toEqual([...assigned, 'XK'].sort());
  });

  it('holds the three countries named by the article', () => {
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['BH', 'MX', 'AE']));
  });
});
