import { describe, expect, it } from 'vitest';
import {
  asksForHeight,
  childIdFrom,
  GRAPHIC_ID,
  heightMessages,
  wordpressMessage,
  wordpressSecretFrom,
} from './child-height.ts';

describe('heightMessages', () => {
  it('heightMessages("c1", 640) writes the pym.js height string', () => {
    expect(heightMessages('c1', 640).pym).toBe('pymxPYMxc1xPYMxheightxPYMx640');
  });
  it("heightMessages writes AMP's embed-size message", () => {
    expect(heightMessages('c1', 640).amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });
  it("heightMessages writes Datawrapper's datawrapper-height message under the graphic's id", () => {
    expect(heightMessages('c1', 640).datawrapper).toEqual({
      'datawrapper-height': { 'nso-graphic-whatsapp-v-nso': 640 },
    });
  });
});

describe('asksForHeight', () => {
  it("asksForHeight accepts pym's width message for this child", () => {
    expect(asksForHeight('pymxPYMxc1xPYMxwidthxPYMx360', 'c1')).toBe(true);
  });
  it("asksForHeight refuses pym's width message for another child", () => {
    expect(asksForHeight('pymxPYMxc2xPYMxwidthxPYMx360', 'c1')).toBe(false);
  });
  it("asksForHeight accepts frames' frames-init", () => {
    expect(asksForHeight({ sentinel: 'amp', type: 'frames-init' }, 'c1')).toBe(true);
  });
  it('asksForHeight ignores navigation requests, forged heights and odd shapes', () => {
    expect(asksForHeight('pymxPYMxc1xPYMxnavigateToxPYMxjavascript:alert(1)', 'c1')).toBe(false);
    expect(asksForHeight({ height: 1e9 }, 'c1')).toBe(false);
    expect(asksForHeight(null, 'c1')).toBe(false);
    expect(asksForHeight(undefined, 'c1')).toBe(false);
    expect(asksForHeight({ sentinel: 'amp', type: 'embed-size' }, 'c1')).toBe(false);
    expect(asksForHeight({ type: 'frames-init' }, 'c1')).toBe(false);
    expect(asksForHeight(42, 'c1')).toBe(false);
  });
});

describe('childIdFrom', () => {
  it('childIdFrom reads the childId pym.js appends', () => {
    expect(childIdFrom('?initialWidth=360&childId=graphic-1')).toBe('graphic-1');
  });
  it('childIdFrom reads an id parameter when there is no childId', () => {
    expect(childIdFrom('?id=graphic-2')).toBe('graphic-2');
    expect(childIdFrom('?id=graphic-2&childId=graphic-1')).toBe('graphic-1');
  });
  it('childIdFrom falls back to the graphic id when none is given', () => {
    expect(childIdFrom('?lang=en')).toBe(GRAPHIC_ID);
  });
  it('childIdFrom refuses an id that could break the message format', () => {
    expect(childIdFrom('?childId=a%20xPYMxnavigateTo')).toBe(GRAPHIC_ID);
  });
});

describe('WordPress (wp-embed)', () => {
  it('wordpressSecretFrom reads the secret WordPress appends to a discovered iframe', () => {
    expect(wordpressSecretFrom('#?secret=Ab12cD34eF')).toBe('Ab12cD34eF');
  });
  it('wordpressSecretFrom returns null without a secret, and for one WordPress itself would refuse', () => {
    expect(wordpressSecretFrom('')).toBeNull();
    expect(wordpressSecretFrom('#top')).toBeNull();
    expect(wordpressSecretFrom('#?secret=ab"><script>')).toBeNull();
  });
  it("wordpressMessage writes wp-embed's height message with the frame's secret", () => {
    expect(wordpressMessage('Ab12', 812)).toEqual({ secret: 'Ab12', message: 'height', value: 812 });
  });
  it('wordpressMessage sends nothing outside WordPress (no secret)', () => {
    expect(wordpressMessage(null, 812)).toBeNull();
  });
  it("asksForHeight accepts WordPress's ready message only with this frame's secret", () => {
    expect(asksForHeight({ message: 'ready', secret: 'Ab12' }, 'c1', 'Ab12')).toBe(true);
    expect(asksForHeight({ message: 'ready', secret: 'other' }, 'c1', 'Ab12')).toBe(false);
    expect(asksForHeight({ message: 'ready', secret: 'Ab12' }, 'c1', null)).toBe(false);
  });
});
