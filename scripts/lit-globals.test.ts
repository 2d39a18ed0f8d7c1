import { describe, expect, it } from 'vitest';
import { rewriteLitGlobals } from './lit-globals.ts';

describe('rewriteLitGlobals', () => {
  it('rewriteLitGlobals moves the version arrays off the global object', () => {
    expect(rewriteLitGlobals('(t.litHtmlVersions??=[]).push("3.3.3")')).toBe(
      '(__nsoLit.litHtmlVersions??=[]).push("3.3.3")',
    );
  });
  it('rewriteLitGlobals rewrites the decorators metadata, read bare or through globalThis', () => {
    expect(rewriteLitGlobals('globalThis.litPropertyMetadata??=new WeakMap;litPropertyMetadata.get(t)')).toBe(
      '__nsoLit.litPropertyMetadata??=new WeakMap;__nsoLit.litPropertyMetadata.get(t)',
    );
  });
  it('rewriteLitGlobals leaves other properties alone', () => {
    expect(rewriteLitGlobals('t.litHtmlPolyfillSupport?.(x)')).toBe('t.litHtmlPolyfillSupport?.(x)');
  });
});
