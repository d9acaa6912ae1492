/** One spreadsheet the Reports page offers: what it is called, what it holds, and how to make it. */
export interface CsvFile {
  /** Lower-case words for messages and the file name: "ratings", "Reg 44 visits". */
  noun: string;
  /** One sentence on what a row is, shown beside the button. */
  holds: string;
  /** Reads the home's records and returns the file's text (from a pure function in contract/). */
  load: (homeId: number) => Promise<string>;
}

/** A group of spreadsheets under one heading; a group with no files is not shown. */
export interface CsvGroup {
  title: string;
  files: CsvFile[];
}

/** Saves text as a UTF-8 CSV file through the browser's (or Electron's) download. */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
