export interface ReportProps {
  homeId: number;
  quarter: string;
  /** A Reg 45 draft's first and last month, when its period is not the two quarters ending at `quarter`. */
  firstMonth?: string | undefined;
  lastMonth?: string | undefined;
}
