import { useState } from 'react';
import { SCCIF_KEYS, SCCIF_LABELS } from '@contract/actions';
import { ratingLabel } from '@contract/rules/judgements';
import {
  INSPECTION_ITEM_LABELS,
  INSPECTION_KIND_LABELS,
  INTERIM_OUTCOME_LABELS,
} from '@contract/record-labels';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { CsvButton } from '@shared/csv/CsvButton';
import { INSPECTIONS_FILE } from '@shared/csv/inspectionFiles';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { formatIsoDate } from '@contract/rules/dates';
import { useImprovementList } from '../api/improvementApi';
import { CalibrationPanel, calibrationSentence } from '../components/CalibrationPanel';
import { InspectionForm } from '../components/InspectionForm';
import { InspectionItemForm } from '../components/InspectionItemForm';
import { InspectionNav } from '../components/InspectionNav';
import { Loaded } from '../components/Loaded';
import { MakeActionButton } from '../components/MakeActionButton';

/** Ofsted inspections: judgements, requirements and recommendations, and how the home's own judgements compared. */
export function OfstedScreen() {
  usePageTitle('Ofsted inspections');
  const { home } = useHome();
  const overview = useImprovementList('ofsted.overview', home.id);
  const [message, setMessage] = useState('');
  const [adding, setAdding] = useState<number | null>(null);
  return (
    <div className="improvement-page">
      <PageHeading caption={home.name}>Ofsted inspections</PageHeading>
      <InspectionNav />
      <p className="body-l">
        Record each inspection, turn its requirements into actions, and see how your own judgements compared
        with the inspectors’. Your judgements are your own, not a forecast of Ofsted’s.
      </p>
      <CsvButton file={INSPECTIONS_FILE} homeId={home.id} homeName={home.name} />
      <Loaded query={overview}>
        {(data) => (
          <>
            {data.inspections.length > 0 && (
              <section className="card" aria-labelledby="calibration-summary">
                <h2 className="heading-m" id="calibration-summary">
                  How your judgements compared over time
                </h2>
                <p>{calibrationSentence(data.calibration)}</p>
              </section>
            )}
            <InspectionForm homeId={home.id} onSaved={setMessage} />
            <p className="status-message" role="status">
              {message}
            </p>
            <div className="record-list">
              {data.inspections.map((i) => (
                <article className="card record-card" key={i.id} aria-labelledby={`inspection-${i.id}`}>
                  <h3 className="heading-m" id={`inspection-${i.id}`}>
                    {INSPECTION_KIND_LABELS[i.kind]}, {formatIsoDate(i.inspectedOn)}
                  </h3>
                  {i.kind === 'full' && (
                    <dl className="summary-list">
                      {SCCIF_KEYS.map((k) => (
                        <div className="summary-list__row" key={k}>
                          <dt>{SCCIF_LABELS[k]}</dt>
                          <dd>{i.judgements[k] ? ratingLabel(i.judgements[k]) : 'Not recorded'}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  {i.kind === 'interim' && (
                    <p>
                      Outcome: {i.interimOutcome ? INTERIM_OUTCOME_LABELS[i.interimOutcome] : 'not recorded'}.
                    </p>
                  )}
                  {i.reportUrl && (
                    <p>
                      <a href={i.reportUrl} target="_blank" rel="noreferrer">
                        Read the published report
                        <span className="visually-hidden"> (opens in your web browser)</span>
                      </a>
                    </p>
                  )}
                  <h4 className="heading-s">Requirements and recommendations</h4>
                  {i.items.length === 0 && <p>None recorded.</p>}
                  <ol className="recommendations">
                    {i.items.map((it, n) => (
                      <li key={it.id}>
                        <p className="long-text">
                          <strong>{INSPECTION_ITEM_LABELS[it.kind]}</strong>
                          {it.regulation && ` (${it.regulation})`}: {it.text}
                        </p>
                        {it.complyBy && <p className="hint">Compliance date: {formatIsoDate(it.complyBy)}</p>}
                        <MakeActionButton
                          homeId={home.id}
                          text={it.text}
                          dueOn={it.complyBy}
                          source={it.kind === 'requirement' ? 'ofsted_requirement' : 'ofsted_recommendation'}
                          origin={{ kind: 'ofsted', id: it.id }}
                          actionId={it.actionId}
                          context={`${it.kind} ${n + 1} from the inspection on ${formatIsoDate(i.inspectedOn)}`}
                        />
                      </li>
                    ))}
                  </ol>
                  {adding === i.id ? (
                    <InspectionItemForm
                      homeId={home.id}
                      inspectionId={i.id}
                      onSaved={() => setMessage('Saved.')}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setAdding(i.id)}
                    >
                      Add a requirement or recommendation
                      <span className="visually-hidden">
                        {' '}
                        to the inspection on {formatIsoDate(i.inspectedOn)}
                      </span>
                    </button>
                  )}
                  {i.kind === 'full' && <CalibrationPanel inspection={i} />}
                </article>
              ))}
            </div>
          </>
        )}
      </Loaded>
    </div>
  );
}
