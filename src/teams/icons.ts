// The Teams app icons, drawn in code: a white speech bubble on Leiden red (192×192), and the same
// bubble as a white outline on transparency (32×32), as Teams requires.

import { PNG } from 'pngjs';

/** Leiden red, also the manifest's accent colour. */
export const ACCENT = '#D2001E';
const RED = [0xd2, 0x00, 0x1e];

/** Is (x, y) — in a 0..1 square — inside the bubble: a rounded box with a tail at the lower left? */
function inBubble(x: number, y: number, inset = 0): boolean {
  const [l, t, r, b, radius] = [0.16 + inset, 0.2 + inset, 0.84 - inset, 0.68 - inset, 0.1];
  const cx = Math.min(Math.max(x, l + radius), r - radius);
  const cy = Math.min(Math.max(y, t + radius), b - radius);
  const inBox = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= l && x <= r && y >= t && y <= b;
  const inTail = y >= b - 0.02 && y <= 0.84 - inset && x >= 0.28 + inset && x <= 0.28 + inset + (0.84 - inset - y) * 1.2;
  return inBox || inTail;
}

function draw(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

/** The 192×192 colour icon. */
export function colorIcon(): Buffer {
  return draw(192, (x, y) => {
    if (!inBubble(x, y)) return [...RED, 255] as [number, number, number, number];
    const line = (y > 0.34 && y < 0.38 && x > 0.28 && x < 0.72) || (y > 0.46 && y < 0.5 && x > 0.28 && x < 0.6);
    return line ? ([...RED, 255] as [number, number, number, number]) : [255, 255, 255, 255];
  });
}

/** The 32×32 outline icon: white on transparent. */
export function outlineIcon(): Buffer {
  return draw(32, (x, y) => (inBubble(x, y) && !inBubble(x, y, 0.08) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
}
