import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from './zip.ts';

/** Reads back a zip the simple way a reader does: the central directory, then each entry inflated. */
async function unzip(blob: Blob): Promise<Map<string, string>> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const view = new DataView(bytes.buffer);
  const end = bytes.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const data = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const stream = new Blob([bytes.subarray(data, data + size)])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    const text = await new Response(stream).text();
    expect(crc32(new TextEncoder().encode(text))).toBe(view.getUint32(at + 16, true));
    files.set(name, text);
    at += 46 + nameLength;
  }
  return files;
}

describe('zipFiles', () => {
  it('writes a zip whose entries read back as the same texts, names and accents included', async () => {
    const entries = [
      { name: 'dataset.json', text: '{"version": 1}\n' },
      { name: 'sources/suite.fr.txt', text: 'Un tribunal a condamné NSO Group à verser 167 millions de dollars.' },
    ];
    const files = await unzip(await zipFiles(entries));
    expect(Object.fromEntries(files)).toEqual(Object.fromEntries(entries.map((e) => [e.name, e.text])));
  });

  it('computes the standard CRC-32 (the check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
