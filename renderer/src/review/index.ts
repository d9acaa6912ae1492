/**
 * The quarterly review, for other features' lazily loaded code. Autosave, for other features' long text
 * (the Reg 45 draft's analysis): the same debounce, blur and page-hide saves, and the same "Saved" only
 * after the app confirms the write. The app shell uses shell.ts (the dashboard card and the screens).
 */
export { useAutosavedDraft } from './autosave/useAutosavedDraft';
export { SaveStatus } from './components/SaveStatus';
