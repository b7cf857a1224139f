import { ImportFileError } from '../import-error';

export interface RawRecord {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export const MAX_RECORD_CHARS = 1_000_000;

/**
 * Streams CSV records as Excel saves them: UTF-8 with or without BOM, CRLF or LF, `;` or `,` (whichever
 * splits the header into more columns), double-quoted fields holding separators, quotes ("") and newlines.
 * Invalid UTF-8, NUL bytes and absurdly long records are file errors naming the line.
 */
export async function* readCsv(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<RawRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let delimiter: string | null = null;
  let pending = '';
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let first = true;
  let recordChars = 0;

  function* consume(text: string, final: boolean): Generator<RawRecord> {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '\0') throw new ImportFileError(`Baris ${line}: berkas berisi karakter biner (NUL). Ini bukan berkas CSV teks; simpan ulang dari Excel sebagai CSV UTF-8.`, line);
      if (++recordChars > MAX_RECORD_CHARS) {
        throw new ImportFileError(`Baris ${recordLine}: satu baris lebih panjang dari ${MAX_RECORD_CHARS.toLocaleString('id-ID')} karakter. Berkas rusak atau bukan rekap yang benar.`, recordLine);
      }
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === text.length && !final) {
            // A quote at the chunk's end: wait for the next chunk to know whether it is doubled.
            pending = '"';
            return;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (ch === '\n') line++;
          field += ch;
        }
        continue;
      }
      if (ch === '"' && field.length === 0 && !afterQuote) {
        quoted = true;
      } else if (ch === delimiter) {
        cells.push(field);
        field = '';
        afterQuote = false;
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        else if (ch === '\r' && i + 1 === text.length && !final) {
          pending = '\r';
          return;
        }
        cells.push(field);
        yield { line: recordLine, cells };
        line++;
        recordLine = line;
        cells = [];
        field = '';
        afterQuote = false;
        recordChars = 0;
      } else {
        field += ch;
      }
    }
  }

  let lineStartBuffer = '';
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new ImportFileError(`Sekitar baris ${line}: berkas bukan UTF-8 yang sah (mungkin tersimpan sebagai ANSI/Windows-1252). Di Excel pilih "CSV UTF-8 (Comma delimited)".`, line);
    }
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      lineStartBuffer += text;
      const end = lineStartBuffer.search(/\r|\n/);
      if (end < 0 && lineStartBuffer.length < MAX_RECORD_CHARS) continue;
      delimiter = detectDelimiter(end < 0 ? lineStartBuffer : lineStartBuffer.slice(0, end));
      text = lineStartBuffer;
      first = false;
    }
    const input = pending + text;
    pending = '';
    yield* consume(input, false);
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new ImportFileError(`Baris ${line}: berkas terpotong di tengah karakter UTF-8.`, line);
  }
  if (first) {
    delimiter = detectDelimiter(lineStartBuffer.split(/\r|\n/)[0] ?? '');
    tail = lineStartBuffer + tail;
  }
  yield* consume(pending + tail, true);
  if (quoted) throw new ImportFileError(`Baris ${recordLine}: tanda kutip (") dibuka tetapi tidak ditutup sampai akhir berkas. Berkas terpotong?`, recordLine);
  if (field.length > 0 || cells.length > 0) {
    cells.push(field);
    yield { line: recordLine, cells };
  }
}

function detectDelimiter(header: string): string {
  const count = (d: string) => header.split(d).length;
  return count(';') >= count(',') && count(';') > 1 ? ';' : count('\t') > count(',') ? '\t' : ',';
}
