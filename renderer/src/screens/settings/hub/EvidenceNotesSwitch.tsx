import { useState } from 'react';
import { messageOf } from '@shared/api/ApiError';
import { FormProblem } from '@shared/actions/FormBits';
import { usePublishNotes } from './hubApi';

/**
 * The home's own choice, off unless the manager turns it on: send the free-text evidence notes with each
 * review signed off from now on. Reviews already sent stay as they were sent.
 */
export function EvidenceNotesSwitch({ homeId, on }: { homeId: number; on: boolean }) {
  const save = usePublishNotes(homeId);
  // The box changes as it is clicked, as a checkbox should; a refused save puts it back.
  const [checked, setChecked] = useState(on);
  function choose(next: boolean) {
    setChecked(next);
    save.mutate(next, { onError: () => setChecked(!next) });
  }
  return (
    <>
      <h3 className="heading-m">Evidence notes</h3>
      <div className="checkbox">
        <input
          className="checkbox__input"
          id="hub-publish-notes"
          type="checkbox"
          checked={checked}
          disabled={save.isPending}
          aria-describedby="hub-publish-notes-hint"
          onChange={(e) => choose(e.target.checked)}
        />
        <label className="checkbox__label" htmlFor="hub-publish-notes">
          Send evidence notes with the reviews I sign off
        </label>
      </div>
      <p className="hint" id="hub-publish-notes-hint">
        Evidence notes can name children and staff. Only reviews signed off after you turn this on include
        them.
      </p>
      <p className="status-message" role="status">
        {save.isSuccess
          ? on
            ? 'Saved: evidence notes will be sent.'
            : 'Saved: evidence notes are not sent.'
          : ''}
      </p>
      {save.isError && <FormProblem message={messageOf(save.error)} />}
    </>
  );
}
