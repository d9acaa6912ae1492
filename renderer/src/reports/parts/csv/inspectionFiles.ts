import type { CsvGroup } from './csvFile';

/** Reg 44 visits, Ofsted inspections and Reg 45 records, as the inspection pack and Reg 45 draft print them. */
export const INSPECTION_FILES: CsvGroup = {
  title: 'Inspection records',
  files: [],
};
