// An A4 PDF as every module writes one (certificates, boarding lists, reports): DejaVu Sans embedded
// as `body` and `bold`, because PDF's standard fonts have no ğ, ş, ı or İ; the bytes gathered for
// the caller once it calls `doc.end()`.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export const PDF_AUTHOR = 'İzmir Büyükşehir Belediyesi — Katılım';

export function a4Document(title: string, margin = 48): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margin, info: { Title: title, Author: PDF_AUTHOR } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  return { doc, done };
}
