import { useState } from 'react';
import type { ChildSet } from '@contract/voice';
import { PageHeading } from '@shared/ui/PageHeading';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { SelectField } from '@shared/ui/SelectField';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { PaperEntryForm } from '../components/PaperEntryForm';
import { PaperSheet } from '../components/PaperSheet';
import { VoiceNav } from '../components/VoiceNav';
import { useVoiceList } from '../api/voiceApi';

/** The survey on paper, to print, and the form to type the answers in afterwards. */
export function PaperSurveyScreen() {
  usePageTitle('Paper surveys');
  const { home } = useHome();
  const questions = useVoiceList('voice.questions', home.id);
  const [set, setSet] = useState<ChildSet>('young');
  const inUse = questions.data?.filter((q) => q.set === set && q.retiredOn === null) ?? [];
  return (
    <div className="voice-page">
      <div className="no-print">
        <PageHeading caption={home.name}>Paper surveys</PageHeading>
        <VoiceNav />
        <p className="body-l">
          Print the survey for young people to fill in, then type each one in. Typed-in surveys count the same
          as ones answered on screen.
        </p>
        <SelectField
          id="paper-set"
          label="Which survey"
          value={set}
          options={[
            { value: 'young', label: 'Young people' },
            { value: 'easy', label: 'Easy read, with faces' },
          ]}
          onChange={(v) => setSet(v as ChildSet)}
        />
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Print this survey
          </button>
        </div>
      </div>
      {questions.data === undefined ? (
        <LoadingOrError error={questions.error} onRetry={() => questions.refetch()} />
      ) : (
        <>
          <PaperSheet questions={inUse} easy={set === 'easy'} />
          <PaperEntryForm key={set} homeId={home.id} set={set} questions={inUse} />
        </>
      )}
    </div>
  );
}
