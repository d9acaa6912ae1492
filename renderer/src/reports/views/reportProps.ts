export interface ReportProps {
  homeId: number;
  quarter: string;
}
