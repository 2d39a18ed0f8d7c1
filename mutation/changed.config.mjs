// @ts-check
/** npm test's run on the lines changed since main (run.ts --changed): a report of its own, no HTML. */
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  reporters: ['clear-text', 'json'],
  jsonReporter: { fileName: 'mutation/reports/changed.json' },
};
