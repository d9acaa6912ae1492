import { useState, type ReactNode } from 'react';
import { createSaveStatusStore, SaveStatusContext } from './saveStatusStore';

/** Gives one page its own summary of saving, which every autosave inside reports to. */
export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createSaveStatusStore);
  return <SaveStatusContext.Provider value={store}>{children}</SaveStatusContext.Provider>;
}
