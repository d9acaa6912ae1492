import { useState } from 'react';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { CsvButton } from '@shared/csv/CsvButton';
import { REG44_FILE } from '@shared/csv/inspectionFiles';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { formatIsoDate } from '@contract/rules/dates';
import { timescaleText } from '@contract/rules/reg44-timescales';
import { quarterLabel } from '@contract/rules/quarters';
import { useImprovementList } from '../api/improvementApi';
import { InspectionNav } from '../components/InspectionNav';
import { Loaded } from '../components/Loaded';
import { MakeActionButton } from '../components/MakeActionButton';
import { Reg44RecommendationForm } from '../components/Reg44RecommendationForm';
import { Reg44ResponseForm } from '../components/Reg44ResponseForm';
import { Reg44VisitForm } from '../components/Reg44VisitForm';

const monthName = (month: string) => formatIsoDate(`${month}-01`).replace(/^1 /, '');

/** Monthly Reg 44 visits: the record, each recommendation with its response, and the months with none. */
export function Reg44Screen() {
  usePageTitle('Reg 44 visits');
  const { home } = useHome();
  const overview = useImprovementList('reg44.overview', home.id);
  const [message, setMessage] = useState('');
  const [adding, setAdding] = useState<number | null>(null);
  const [responding, setResponding] = useState<number | null>(null);

  return (
    <div className="improvement-page">
      <PageHeading caption={home.name}>Reg 44 visits</PageHeading>
      <InspectionNav />
      <p className="body-l">
        The independent person visits at least once a month and reports on whether children are safeguarded
        and their well-being promoted. Record each visit and its recommendations here.
      </p>
      <CsvButton file={REG44_FILE} homeId={home.id} homeName={home.name} />
      <Loaded query={overview}>
        {(data) => (
          <>
            {data.missingMonths.length > 0 && (
              <div className="warning-text" role="note">
                <p>
                  <strong>No visit recorded for: {data.missingMonths.map(monthName).join(', ')}.</strong> Each
                  month needs a visit. A month is listed once it has ended and 10 more days have passed, to
                  give the report time to arrive.
                </p>
              </div>
            )}
            <Reg44VisitForm homeId={home.id} onSaved={setMessage} />
            <p className="status-message" role="status">
              {message}
            </p>
            {data.quarters.length > 0 && (
              <section aria-labelledby="reg44-figures">
                <h2 className="heading-m" id="reg44-figures">
                  Figures by quarter
                </h2>
                <div className="table-scroll">
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">Quarter</th>
                        <th scope="col">Visits (expect 3)</th>
                        <th scope="col">Recommendations already due, answered within their timescale</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.quarters.map((q) => (
                        <tr key={q.quarter}>
                          <th scope="row">{quarterLabel(q.quarter)}</th>
                          <td>{q.visits}</td>
                          <td>{timescaleText(q)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            )}
            <h2 className="heading-m">Visits, newest first</h2>
            {data.visits.length === 0 && <p>No visits recorded yet.</p>}
            <div className="record-list">
              {data.visits.map((v) => (
                <article className="card record-card" key={v.id} aria-labelledby={`visit-${v.id}`}>
                  <h3 className="heading-s" id={`visit-${v.id}`}>
                    Visit on {formatIsoDate(v.visitedOn)}
                  </h3>
                  <p className="long-text">
                    {v.visitor ? `By ${v.visitor}. ` : ''}
                    {v.reportReceivedOn
                      ? `Report arrived ${formatIsoDate(v.reportReceivedOn)}.`
                      : 'Report not arrived yet.'}
                  </p>
                  {v.recommendations.length === 0 && <p>No recommendations recorded.</p>}
                  <ol className="recommendations">
                    {v.recommendations.map((r, i) => (
                      <li key={r.id}>
                        <p className="long-text">{r.text}</p>
                        <p className="hint long-text">
                          {r.respondBy ? `Timescale: ${formatIsoDate(r.respondBy)}. ` : ''}
                          {r.respondedOn
                            ? `Home responded ${formatIsoDate(r.respondedOn)}`
                            : 'No response recorded'}
                          {r.response ? `: ${r.response}` : '.'}
                        </p>
                        {responding === r.id ? (
                          <Reg44ResponseForm
                            homeId={home.id}
                            visitId={v.id}
                            recommendation={r}
                            onSaved={() => {
                              setResponding(null);
                              setMessage('Response saved.');
                            }}
                          />
                        ) : (
                          <button type="button" className="button-link" onClick={() => setResponding(r.id)}>
                            Record the home’s response
                            <span className="visually-hidden"> to recommendation {i + 1}</span>
                          </button>
                        )}
                        <MakeActionButton
                          homeId={home.id}
                          text={r.text}
                          dueOn={r.respondBy}
                          source="reg44"
                          origin={{ kind: 'reg44', id: r.id }}
                          actionId={r.actionId}
                          context={`recommendation ${i + 1} from the visit on ${formatIsoDate(v.visitedOn)}`}
                        />
                      </li>
                    ))}
                  </ol>
                  {adding === v.id ? (
                    <Reg44RecommendationForm
                      homeId={home.id}
                      visitId={v.id}
                      onSaved={() => setMessage('Recommendation saved. Add another, or make it an action.')}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setAdding(v.id)}
                    >
                      Add a recommendation
                      <span className="visually-hidden"> to the visit on {formatIsoDate(v.visitedOn)}</span>
                    </button>
                  )}
                </article>
              ))}
            </div>
          </>
        )}
      </Loaded>
    </div>
  );
}
