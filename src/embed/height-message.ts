/**
 * Reads a height out of a resize message in any of the three formats
 * (pym.js string, AMP embed-size, Datawrapper datawrapper-height), or
 * undefined for anything else: other scripts' traffic, navigation requests,
 * non-finite or non-positive numbers.
 */
export function parseHeightMessage(data: unknown): number | undefined {
  let value: unknown;
  if (typeof data === 'string') {
    const match = /^pymxPYMx[\w-]+xPYMxheightxPYMx(\d{1,7})$/.exec(data);
    value = match ? Number(match[1]) : undefined;
  } else if (data !== null && typeof data === 'object') {
    const message = data as Record<string, unknown>;
    if (message.sentinel === 'amp' && message.type === 'embed-size') value = message.height;
    else if (message['datawrapper-height'] !== null && typeof message['datawrapper-height'] === 'object') {
      value = Object.values(message['datawrapper-height'] as Record<string, unknown>)[0];
    }
  }
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
