import qrcode from 'qrcode-generator';

/**
 * A QR code drawn as SVG squares from the library's modules (no HTML strings), with the link in words
 * beside it for anyone who cannot scan. Error correction M: readable from a screen across a table.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  const squares: string[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (qr.isDark(row, col)) squares.push(`M${col + 4} ${row + 4}h1v1h-1z`);
    }
  }
  // Four modules of quiet zone all round, as the standard asks.
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size + 8} ${size + 8}`}
      shapeRendering="crispEdges"
    >
      <rect width={size + 8} height={size + 8} fill="#fff" />
      <path d={squares.join('')} fill="#0b0c0c" />
    </svg>
  );
}
