import { useState } from 'react';
import { PageHeading } from '@shared/ui/PageHeading';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { formatIsoDate } from '@contract/rules/dates';
import { VoiceNav } from '../components/VoiceNav';
import { YouSaidForm } from '../components/YouSaidForm';
import { YouSaidList } from '../components/YouSaidList';
import { useVoiceList } from '../api/voiceApi';

/** Young people's suggestions and what the home did about them. */
export function YouSaidScreen() {
  usePageTitle('You said, we did');
  const { home } = useHome();
  const entries = useVoiceList('voice.youSaid', home.id);
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const waiting = entries.data?.filter((e) => e.weDid.trim() === '') ?? [];
  return (
    <div className="voice-page">
      <PageHeading caption={home.name}>You said, we did</PageHeading>
      <VoiceNav />
      <p className="body-l">
        Show young people that what they say changes things. Done entries appear at the end of the survey and
        on the dashboard.
      </p>
      <YouSaidForm homeId={home.id} onSaved={setMessage} />
      <p className="status-message" role="status">
        {message}
      </p>
      {entries.data === undefined ? (
        <LoadingOrError error={entries.error} onRetry={() => entries.refetch()} />
      ) : (
        <>
          <h2 className="heading-m">Done</h2>
          <YouSaidList entries={entries.data} />
          {waiting.length > 0 && (
            <>
              <h2 className="heading-m">Still to do</h2>
              <ul className="you-said">
                {waiting.map((e) =>
                  editing === e.id ? (
                    <li key={e.id}>
                      <YouSaidForm
                        homeId={home.id}
                        entry={e}
                        onSaved={(m) => {
                          setEditing(null);
                          setMessage(m);
                        }}
                      />
                    </li>
                  ) : (
                    <li key={e.id} className="you-said__item">
                      <p className="you-said__said">
                        <span className="you-said__label">You said</span> {e.suggestion}
                      </p>
                      <p className="hint">Said on {formatIsoDate(e.suggestedOn)}</p>
                      <button type="button" className="button-link" onClick={() => setEditing(e.id)}>
                        Add what we did<span className="visually-hidden"> about “{e.suggestion}”</span>
                      </button>
                    </li>
                  ),
                )}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
