/**
 * The action plan and inspection records: the one way in for the rest of the app. Screens load on first
 * visit; the in-place widgets (Add an action, open actions beside an indicator) are small.
 */
import './improvement.css';
import { lazyScreen } from '@shared/lib/lazyScreen';

export { AddActionForm } from './components/AddActionForm';
export { OpenActionsFor } from './components/OpenActionsFor';
export { WhatNextPanel } from './components/WhatNextPanel';

export const ActionsScreen = lazyScreen(() => import('./screens/ActionsScreen'), 'ActionsScreen');
export const Reg44Screen = lazyScreen(() => import('./screens/Reg44Screen'), 'Reg44Screen');
export const Reg45Screen = lazyScreen(() => import('./screens/Reg45Screen'), 'Reg45Screen');
export const OfstedScreen = lazyScreen(() => import('./screens/OfstedScreen'), 'OfstedScreen');
export const CalendarScreen = lazyScreen(() => import('./screens/CalendarScreen'), 'CalendarScreen');
