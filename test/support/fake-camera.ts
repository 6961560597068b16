// A QR code as a video file Chromium's fake camera can play (--use-file-for-fake-video-capture):
// Y4M, raw YUV 4:2:0, which needs no encoder — the code's modules are written as black and white
// luma, chroma stays neutral. Chromium loops the file.
import fs from 'node:fs';
import QRCode from 'qrcode';

export function writeQrVideo(text: string, file: string, { width = 640, height = 480, frames = 10 } = {}): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  // Four modules of quiet zone on each side, as the standard asks; the code fills most of the height.
  const scale = Math.floor((Math.min(width, height) * 0.9) / (size + 8));
  const side = (size + 8) * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (!qr.modules.get(row, col)) continue;
      for (let y = 0; y < scale; y += 1) {
        const offset = (top + (row + 4) * scale + y) * width + left + (col + 4) * scale;
        luma.fill(16, offset, offset + scale);
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  fs.writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
  return file;
}
