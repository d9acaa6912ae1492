/**
 * What other features may use of improvement, beside the feature's entry (index.ts): the action plan's and
 * records' data, the staff list, the form that adds an action from anywhere, and the record cells a printed
 * report shows. Lint lets any feature import this, never the rest.
 */
export * from './improvementApi';
export * from './staff';
export { AddActionForm } from '../components/AddActionForm';
export { OpenActionsFor } from '../components/OpenActionsFor';
export { CalibrationCells } from '../components/CalibrationCells';
export { Reg45Cells, Reg45HeadingCells } from '../components/Reg45Cells';
