import { describe, expect, it } from 'vitest';
import { parseHeightMessage } from './height-message.ts';

describe('parseHeightMessage', () => {
  it('parseHeightMessage reads a pym.js height string', () => {
    expect(parseHeightMessage('pymxPYMxnso-1xPYMxheightxPYMx812')).toBe(812);
  });
  it("parseHeightMessage reads AMP's embed-size", () => {
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: 700 })).toBe(700);
  });
  it("parseHeightMessage reads Datawrapper's datawrapper-height", () => {
    expect(parseHeightMessage({ 'datawrapper-height': { 'nso-graphic': 655 } })).toBe(655);
  });
  it('parseHeightMessage ignores a pym.js navigation request', () => {
    expect(parseHeightMessage('pymxPYMxnso-1xPYMxnavigateToxPYMxjavascript:alert(1)')).toBeUndefined();
  });
  it('parseHeightMessage ignores non-finite, negative and non-numeric heights', () => {
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: Infinity })).toBeUndefined();
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: -5 })).toBeUndefined();
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: '9e9' })).toBeUndefined();
    expect(parseHeightMessage('pymxPYMxnso-1xPYMxheightxPYMx1e9')).toBeUndefined();
  });
  it('parseHeightMessage ignores a height of 0', () => {
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: 0 })).toBeUndefined();
    expect(parseHeightMessage('pymxPYMxnso-1xPYMxheightxPYMx0')).toBeUndefined();
  });
  it('parseHeightMessage ignores a pym.js-like string with text before it', () => {
    expect(parseHeightMessage('xpymxPYMxnso-1xPYMxheightxPYMx812')).toBeUndefined();
  });
  it('parseHeightMessage ignores AMP messages other than embed-size, and a Datawrapper message without heights', () => {
    expect(parseHeightMessage({ sentinel: 'amp', type: 'frames-init', height: 300 })).toBeUndefined();
    expect(parseHeightMessage({ 'datawrapper-height': null })).toBeUndefined();
    expect(parseHeightMessage({ 'datawrapper-height': 300 })).toBeUndefined();
  });
  it('parseHeightMessage ignores other traffic', () => {
    for (const data of [null, undefined, 42, [], {}, 'hello', { type: 'embed-size', height: 300 }]) {
      expect(parseHeightMessage(data)).toBeUndefined();
    }
  });
});
