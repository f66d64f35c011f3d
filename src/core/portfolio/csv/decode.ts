// A chosen file's bytes -> text. Excel writes UTF-8 with a BOM ("CSV UTF-8"), Windows-1252
// ("CSV", the default on a Finnish Windows), or UTF-16 LE with a BOM ("Unicode text", tab
// separated); accounting software mostly writes UTF-8. Spreadsheets saved as .xlsx/.xls are
// recognised and refused with a hint to save as CSV. TextDecoder is a web standard, no extension API.

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type Decoded =
  | { ok: true; text: string; encoding: CsvEncoding }
  | { ok: false; error: 'spreadsheet-not-csv' | 'binary' }

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte)

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  // ZIP (.xlsx, .ods) and OLE2 (.xls) containers.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, error: 'spreadsheet-not-csv' }
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  if (bytes.subarray(0, 4096).includes(0)) return { ok: false, error: 'binary' }
  try {
    // ignoreBOM: keep the BOM in the text, the parser strips it (one place for both entry points).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}
