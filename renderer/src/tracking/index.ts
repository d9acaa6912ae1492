/**
 * Tracking the home over time, for other features (the printed reports and the Reports screen): the same
 * tables, on paper. Only lazily loaded code imports this file, so none of it loads with the first screen;
 * the app shell uses shell.ts (the dashboard and the screens). The charts are in charts.ts.
 */
export { Reg45Section } from './components/Reg45Section';
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
