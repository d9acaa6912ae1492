import { useLocation } from 'wouter';
import { parseReportPath, type ReportKey } from '@contract/reports';
import type { ComponentType } from 'react';
import { ActionPlan } from './views/ActionPlan';
import { InspectionPack } from './views/InspectionPack';
import { QuarterlyReport } from './views/QuarterlyReport';
import { RatingSheets } from './views/RatingSheets';
import { Reg45Draft } from './views/Reg45Draft';
import { StaffRoomPage } from './views/StaffRoomPage';
import { TeamMeetingPrint } from './views/TeamMeetingPrint';
import type { ReportProps } from './views/reportProps';
import { PrintFrame } from './parts/PrintFrame';
import './styles/report.css';
import './styles/print.css';

const VIEWS: Record<ReportKey, ComponentType<ReportProps>> = {
  'quarterly-review': QuarterlyReport,
  'staff-room': StaffRoomPage,
  'rating-sheets': RatingSheets,
  'inspection-pack': InspectionPack,
  'action-plan': ActionPlan,
  'reg45-draft': Reg45Draft,
  'team-meeting': TeamMeetingPrint,
};

/** A report's print view: the whole window, without the app's header, navigation or footer. */
export function PrintApp() {
  const [location] = useLocation();
  const route = parseReportPath(location);
  if (!route) {
    return (
      <PrintFrame
        report="quarterly-review"
        furniture={null}
        loading={false}
        error={null}
        unavailable="That address does not name a report. Go back to Reports and choose one."
      />
    );
  }
  const View = VIEWS[route.report];
  return (
    <View
      key={location}
      homeId={route.homeId}
      quarter={route.quarter}
      firstMonth={route.firstMonth}
      lastMonth={route.lastMonth}
    />
  );
}
