/** The smoke tests in Debian's WebKitGTK (WebKitWebDriver and MiniBrowser, under Xvfb): no scroll anchoring, as Safari. */
import { describe } from 'vitest';
import { smokeTests } from './smoke.ts';

describe('WebKitGTK', () => smokeTests('webkit'));
