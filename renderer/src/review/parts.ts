/**
 * The review's parts that the app shell's own lazily loaded screens show: the dashboard's review card and
 * first run's sample-data offer. Those screens are chunks of their own, so what this file exports stays
 * out of the first screen's JavaScript.
 */
export { DashboardReviewStep } from './components/DashboardReviewStep';
export { ExploreSampleData } from './components/ExploreSampleData';
