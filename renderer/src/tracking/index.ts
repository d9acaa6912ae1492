/**
 * Tracking the home over time: the one way in for the rest of the app. The dashboard parts load with the
 * first screen; the other screens load on first visit (their own chunks). Its styles: ./tracking.css.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export { DashboardGlance } from './glance/DashboardGlance';
export { MoreLinks } from './glance/MoreLinks';
export { Reg45Section } from './components/Reg45Section';

export const CompareReviewsScreen = lazyScreen(
  () => import('./screens/CompareReviewsScreen'),
  'CompareReviewsScreen',
);
export const TrendsScreen = lazyScreen(() => import('./screens/TrendsScreen'), 'TrendsScreen');
export const FiguresScreen = lazyScreen(() => import('./screens/FiguresScreen'), 'FiguresScreen');
export const ProviderScreen = lazyScreen(() => import('./screens/ProviderScreen'), 'ProviderScreen');

// For the printed reports (renderer/src/reports): the same tables, on paper. The charts are in charts.ts.
export { useDashboard } from './api/useDashboard';
export { GradeHeatMap } from './components/GradeHeatMap';
export { GradeLegend } from './components/GradeLegend';
export { GradeBadge } from './components/GradeBadge';
export { MovementText } from './components/MovementText';
export { FiguresOverTime } from './components/FiguresOverTime';
export { gradeSeries } from './lib/series';
export { pickSccif, SCCIF_ROWS } from './lib/sccifRows';
export { ScrollRegion } from '@shared/ui/ScrollRegion';
export { nextReg45Due } from './lib/reg45Dates';
export { gradeWords } from './lib/grades';
export { formatMetric, metricSeries } from './lib/metricValues';
