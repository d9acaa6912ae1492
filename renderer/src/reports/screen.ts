/** The Reports screen's parts (loaded with that screen, not with the print views). */
export { CsvDownloads } from './parts/CsvDownloads';
export { ReportList } from './parts/ReportList';
