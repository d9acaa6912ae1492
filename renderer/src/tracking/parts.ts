/**
 * The dashboard's parts, for the app shell's dashboard screen only: that screen is a chunk of its own
 * (screens/loadDashboard.ts), so what this file exports stays out of the first screen's JavaScript.
 */
export { DashboardGlance } from './glance/DashboardGlance';
export { MoreLinks } from './glance/MoreLinks';
