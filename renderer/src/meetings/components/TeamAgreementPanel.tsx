import '../styles/agreement.css';
import { quarterLabel } from '@contract/rules/quarters';
import { AGREEMENT_WORDS, agreementText } from '@contract/team-agreement';
import { SPREAD_WORDS } from '@contract/rules/team-rules';
import { useHome } from '@shared/currentHomeContext';
import { ScrollRegion } from '@shared/ui/ScrollRegion';
import { useTeamAgreement } from '../api';

/**
 * "Is the team converging, and where does it stay apart?": one row per domain, a cell per quarter in
 * which enough people rated privately. Shows nothing until there is such a quarter.
 */
export function TeamAgreementPanel() {
  const { home } = useHome();
  const agreement = useTeamAgreement(home.id);
  const data = agreement.data;
  if (!data || data.quarters.length === 0) return null;
  return (
    <section className="section team-agreement" aria-labelledby="team-agreement-title">
      <h2 className="heading-l" id="team-agreement-title">
        Team agreement by quarter
      </h2>
      <p className="secondary-text">
        How far apart the team’s private ratings were before each meeting, indicator by indicator: a domain is
        agreed only when every indicator was. Agreed: everyone within one grade. Mixed: two grades apart.
        Split: from one end of the scale to the other. Evidence gap: a third or more said they don’t know. A
        quarter shows only when enough people rated.
      </p>
      <ScrollRegion labelledBy="team-agreement-caption" startAtEnd>
        <table className="team-agreement__table">
          <caption className="visually-hidden" id="team-agreement-caption">
            Team agreement by quarter, oldest on the left
          </caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              {data.quarters.map((q) => (
                <th scope="col" key={q}>
                  {quarterLabel(q)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.domains.map((d) => (
              <tr key={d.key} data-domain={d.key}>
                <th scope="row">
                  {d.number}. {d.title}
                </th>
                {data.quarters.map((q) => {
                  const label = d.labels[q];
                  const counts = d.counts[q];
                  return (
                    <td key={q} className={label ? `team-agreement__${label}` : 'team-agreement__none'}>
                      {label && counts ? (
                        <>
                          <span title={SPREAD_WORDS[label]}>{AGREEMENT_WORDS[label]}</span>{' '}
                          {label !== 'agreed' && (
                            <span className="team-agreement__counts">{agreementText(counts)}</span>
                          )}
                        </>
                      ) : (
                        'Too few ratings'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
