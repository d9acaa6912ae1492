import type { Framework, FrameworkDomain } from '@contract/framework';
import { GRADE_ORDER } from '../lib/grades';

/** Why the domain matters, what it maps to, and what each grade looks like in it. */
export function DomainIntro({ domain, framework }: { domain: FrameworkDomain; framework: Framework }) {
  return (
    <div className="domain-intro">
      <p className="domain-intro__summary">{domain.summary}</p>
      <dl className="domain-intro__maps">
        <div>
          <dt>Quality Standards</dt>
          {domain.qualityStandards.map((reg) => (
            <dd key={reg}>
              Regulation {reg}: {framework.qualityStandardTitles[reg]}
            </dd>
          ))}
        </div>
        <div>
          <dt>Ofsted inspection areas (SCCIF)</dt>
          {domain.sccifAreas.map((area) => (
            <dd key={area}>{framework.sccifAreaTitles[area]}</dd>
          ))}
        </div>
      </dl>
      <details className="disclosure">
        <summary className="disclosure__summary">What each grade looks like in this domain</summary>
        <dl className="disclosure__body grade-descriptions">
          {GRADE_ORDER.map((grade) => (
            <div key={grade}>
              <dt>{framework.ratingLabels[grade]}</dt>
              <dd>{domain.grades[grade]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
