import { useContext, useSyncExternalStore } from 'react';
import { SaveStatusContext, type PageSaveState } from '../autosave/saveStatusStore';

const WORDS: Record<PageSaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'All changes saved',
  error: 'Some changes are not saved. Use "Try again" beside them.',
};

const noStore = () => () => {};
const idle = (): PageSaveState => 'idle';

/** The page's one line about saving: everything saved, saving, or something needs another try. */
export function PageSaveStatus() {
  const store = useContext(SaveStatusContext);
  const state = useSyncExternalStore(store?.subscribe ?? noStore, store?.getSnapshot ?? idle);
  return (
    <div className="page-save-status">
      <p className="page-save-status__hint">Changes are saved as you go.</p>
      <p className={`page-save-status__state page-save-status__state--${state}`} role="status">
        {WORDS[state]}
      </p>
    </div>
  );
}
