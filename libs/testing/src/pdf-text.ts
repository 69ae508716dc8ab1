import { inflateSync } from 'node:zlib';

const windows1252 = new TextDecoder('windows-1252');

/**
 * The text a PDF shows, in drawing order, read from its content streams: each stream is inflated
 * when compressed (FlateDecode) and the strings of its text operators (`Tj`, `TJ`; hex or literal)
 * are decoded as WinAnsi, the encoding of the standard PDF fonts. Text objects are joined with a
 * space and runs of white space collapsed, so a sentence wrapped over two lines reads as one.
 * Enough for documents drawn with the standard fonts (no embedded font subsets).
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const texts: string[] = [];
  const streams = /(?<!end)stream\r?\n/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end === -1) break;
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const operator of content.matchAll(
      /\[((?:<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)|[^\]])*)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/g,
    )) {
      const strings = (operator[1] ?? operator[2]).matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^\\)])*)\)/g);
      const bytesOf = [...strings].map(([, hex, literal]) =>
        hex !== undefined
          ? Buffer.from(hex, 'hex')
          : Buffer.from(
              literal.replace(
                /\\([nrtbf()\\])/g,
                (_, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c,
              ),
              'latin1',
            ),
      );
      texts.push(windows1252.decode(Buffer.concat(bytesOf)));
    }
    streams.lastIndex = end + 'endstream'.length;
  }
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}
