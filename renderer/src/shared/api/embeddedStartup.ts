import { FIRST_SCREEN_DATA_ID } from '@contract/first-screen';
import type { StartupData } from '@contract/operations';

/**
 * The start-up data the main process rendered the first screen from, when it did (a data block in the
 * page): the page hydrates with exactly this, and sends no start-up read. Null otherwise. The block is
 * taken out of the page as it is read: from then on the data is only in the query cache, which the app
 * lock empties, so a locked page holds none of the home's data.
 */
export function embeddedStartupData(doc: Document = document): StartupData | null {
  const block = doc.getElementById(FIRST_SCREEN_DATA_ID);
  const text = block?.textContent;
  block?.remove();
  if (!text) return null;
  try {
    return JSON.parse(text) as StartupData;
  } catch {
    return null;
  }
}
