import { PageHeading } from '@shared/ui/PageHeading';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useHome } from '@shared/currentHomeContext';
import { CsvButton } from '@shared/csv/CsvButton';
import { CHILDRENS_VIEWS_FILE } from '@shared/csv/teamAndViewsFiles';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { ManagerComments } from '../components/ManagerComments';
import { QuarterResultsTable } from '../components/QuarterResultsTable';
import { StartSurveyPanel } from '../components/StartSurveyPanel';
import { TriangulationTable } from '../components/TriangulationTable';
import { VoiceNav } from '../components/VoiceNav';
import { VoiceSettingsForm } from '../components/VoiceSettingsForm';
import { useTriangulation, useVoiceList } from '../api/voiceApi';

/** What young people said, quarter by quarter, and how it compares with the manager's judgement. */
export function VoiceResultsScreen() {
  usePageTitle('Children’s views');
  const { home } = useHome();
  const results = useVoiceList('voice.results', home.id);
  const triangulation = useTriangulation(home.id);
  return (
    <div className="voice-page">
      <PageHeading caption={home.name}>Children’s views</PageHeading>
      <VoiceNav />
      <p className="body-l">
        Young people are the home’s most important inspectors. Their answers sit here beside your own
        judgement of each hallmark.
      </p>
      <CsvButton file={CHILDRENS_VIEWS_FILE} homeId={home.id} homeName={home.name} />
      <StartSurveyPanel homeId={home.id} />
      <section aria-labelledby="voice-compare-heading">
        <h2 className="heading-m" id="voice-compare-heading">
          Your judgement, the staff team’s and the young people’s
        </h2>
        {triangulation.data ? (
          <TriangulationTable data={triangulation.data} />
        ) : (
          <LoadingOrError error={triangulation.error} onRetry={() => triangulation.refetch()} />
        )}
      </section>
      <section aria-labelledby="voice-results-heading">
        <h2 className="heading-m" id="voice-results-heading">
          Answers quarter by quarter
        </h2>
        {results.data === undefined ? (
          <LoadingOrError error={results.error} onRetry={() => results.refetch()} />
        ) : results.data.quarters.length === 0 ? (
          <p>
            No surveys yet. Start the survey on this computer, or print a paper survey and type the answers
            in.
          </p>
        ) : (
          results.data.quarters.map((q, i, all) => (
            <QuarterResultsTable
              key={q.quarter}
              quarter={q}
              previous={all[i + 1]}
              threshold={results.data.settings.minAnswers}
            />
          ))
        )}
      </section>
      <ManagerComments homeId={home.id} />
      {results.data && <VoiceSettingsForm homeId={home.id} settings={results.data.settings} />}
    </div>
  );
}
