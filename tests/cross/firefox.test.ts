/** The smoke tests in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { describe } from 'vitest';
import { smokeTests } from './smoke.ts';

describe('Firefox ESR', () => smokeTests('firefox'));
