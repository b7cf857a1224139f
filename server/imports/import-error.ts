/** A problem with one cell or row: where it is (line as a spreadsheet shows it, column by its header) and why, in Indonesian. */
export interface RowProblem {
  line: number;
  column: string | null;
  /** The offending value, never for personal columns (NIK, NIP, names). */
  value: string | null;
  message: string;
}

/** A problem with the file as a whole (encoding, size, structure): nothing from it is kept. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
