import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import base from '../vitest.config.ts';

/**
 * What Stryker runs: the covered modules' own tests, in Node (unit) and in Chromium (the pure modules'
 * `*.browser.test.ts`). Not the components' tests, which cost seconds a mutant, nor e2e, which tests the built
 * dist/ and so never sees a mutant of src/. A mutant in code run as a module loads (a schema, a constant) runs
 * every test listed here, so the list stays short.
 */
const TESTS: Record<string, string[]> = {
  unit: [
    'src/dataset/*.test.ts',
    'src/i18n/format.test.ts',
    'src/map/callouts.test.ts',
    'src/map/card-corner.test.ts',
    'src/embed/*.test.ts',
    'src/editor/form-model.test.ts',
  ],
  browser: ['src/embed/*.browser.test.ts'],
};

const nameOf = (project: TestProjectInlineConfiguration) =>
  typeof project.test?.name === 'string' ? project.test.name : (project.test?.name?.label ?? '');

const projects = (base.test?.projects ?? [])
  .filter((project): project is TestProjectInlineConfiguration => typeof project === 'object' && 'test' in project)
  .filter((project) => nameOf(project) in TESTS)
  .map((project) => ({ ...project, test: { ...project.test, include: TESTS[nameOf(project)] } }));

// Instrumented code is slower, and the machines are shared: the property tests need more than Vitest's 5 s.
export default defineConfig({ ...base, test: { ...base.test, projects, testTimeout: 60_000 } });
