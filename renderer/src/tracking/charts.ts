/**
 * The trend chart, for other features' lazily loaded code (the printed reports). Kept out of index.ts
 * because it brings the charting library (visx and d3): everything index.ts exports loads with the app's
 * first screen, which has no trend charts (the dashboard's load after it, in their own chunk).
 */
export { GradeTrendChart } from './components/GradeTrendChart';
