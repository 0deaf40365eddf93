/** The width and height a PNG's header gives, read from its IHDR chunk; throws if it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG: the signature is missing');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk must be IHDR: length (4 bytes), type (4), then width and height (4 each, big-endian).
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`not a PNG: the first chunk is ${JSON.stringify(type)}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
