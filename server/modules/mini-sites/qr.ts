import QRCode from 'qrcode';

/** The page's QR code as SVG: medium error correction survives a smudged shop window; a 4-module quiet zone. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
