import QRCode from "qrcode";

/**
 * The QR code on the membership card carries the KPJ number only: enough for a
 * clinic or employer to look the member up, nothing personal if photographed.
 */
export function cardQrSvg(kpj: string): Promise<string> {
  return QRCode.toString(`KPJ:${kpj}`, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** The card as a standalone SVG file (credit-card proportions) for download or WhatsApp sharing. */
export async function cardSvg(card: {
  kpj: string;
  name: string;
  brand: string;
  kpjLabel: string;
  nameLabel: string;
  categoryLabel: string;
  category: string;
}): Promise<string> {
  const qr = (await cardQrSvg(card.kpj)).replace("<svg ", '<svg x="440" y="90" width="160" height="160" ');
  const text = (x: number, y: number, size: number, value: string, weight = 400) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="#fff" font-family="system-ui, sans-serif">${escapeXml(value)}</text>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">',
    '<rect width="640" height="400" rx="28" fill="#08623a"/>',
    text(36, 60, 24, card.brand.toUpperCase(), 700),
    text(36, 120, 18, card.kpjLabel),
    text(36, 158, 34, card.kpj, 700),
    text(36, 210, 18, card.nameLabel),
    text(36, 242, 26, card.name, 600),
    text(36, 292, 18, card.categoryLabel),
    text(36, 322, 22, card.category),
    '<rect x="430" y="80" width="180" height="180" rx="12" fill="#fff"/>',
    qr,
    "</svg>",
  ].join("");
}
