import { expect, it } from 'vitest';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import { formatAll } from '../../scripts/intl-calls.ts';
import { recordIntl } from './intl.ts';
import SEED from './intl-seed.json';

// The seed was computed by Node's ICU; readers' browsers have their own. This one must write the same.
it("the Intl seed holds what this browser's Intl writes for every call the embedded dataset makes", () => {
  expect(recordIntl(() => formatAll(EMBEDDED_DATASET))).toEqual(SEED);
});
