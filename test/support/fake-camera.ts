// A QR code as a video file Chromium's fake camera can play (--use-file-for-fake-video-capture):
// Y4M, raw YUV 4:2:0, which needs no encoder — the code's modules are written as black and white
// luma, chroma stays neutral. Chromium loops the file. As a hand holding a phone does, the code comes
// nearer and goes further (half a second at each of a few sizes): the scanner (ZXing) fails on some
// codes at some sizes, never on one code at all of them.
import fs from 'node:fs';
import QRCode from 'qrcode';

/** How much of the frame's height the code (with its quiet zone) fills, in turn. */
const SIZES = [0.9, 0.8, 0.7, 0.6, 0.85, 0.75, 0.65, 0.55];
const FPS = 10;

export function writeQrVideo(text: string, file: string, { width = 640, height = 480, sizes = SIZES } = {}): string {
  // The lowest error correction: the same text in fewer, larger modules, which a camera reads best
  // (the app's own QR image may use another level; the scanner reads the text either way).
  const qr = QRCode.create(text, { errorCorrectionLevel: 'L' });
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frames = sizes.map((fill) => Buffer.concat([Buffer.from('FRAME\n'), qrLuma(qr.modules, width, height, fill), chroma]));
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${FPS}:1 Ip A1:1 C420jpeg\n`);
  fs.writeFileSync(file, Buffer.concat([header, ...frames.flatMap((frame) => Array.from({ length: FPS / 2 }, () => frame))]));
  return file;
}

function qrLuma(modules: QRCode.BitMatrix, width: number, height: number, fill: number): Buffer {
  const size = modules.size;
  // Four modules of quiet zone on each side, as the standard asks.
  const scale = Math.floor((Math.min(width, height) * fill) / (size + 8));
  const side = (size + 8) * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y += 1) {
        const offset = (top + (row + 4) * scale + y) * width + left + (col + 4) * scale;
        luma.fill(16, offset, offset + scale);
      }
    }
  }
  return luma;
}
