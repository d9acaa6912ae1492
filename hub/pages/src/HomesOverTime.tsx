import { useQuery } from '@tanstack/react-query';
import { quarterLabel } from '@contract/rules/quarters';
import { Link } from 'wouter';
import { ScrollRegion } from '@shared/ui/ScrollRegion';
import { hubApi } from './hubFetch';
import { JUDGEMENT_KEY, JudgementCells } from './JudgementCells';
import { Problem } from './Problem';

const QUARTERS_SHOWN = 8;

/**
 * Every home the person may see, in name order (never ranked), with the three judgements of each of the
 * last eight quarters any home signed off: how each home is doing over time.
 */
export function HomesOverTime() {
  const homes = useQuery({ queryKey: ['homes'], queryFn: hubApi.homes });
  if (homes.error) return <Problem error={homes.error} />;
  if (!homes.data) return <p role="status">Loading…</p>;
  const quarters = [...new Set(homes.data.flatMap((h) => h.quarters.map((q) => q.quarter)))]
    .sort()
    .slice(-QUARTERS_SHOWN);
  return (
    <>
      <h1 className="heading-xl">Homes over time</h1>
      <p>
        Each cell shows the three judgements from the home’s signed-off review: {JUDGEMENT_KEY}. Homes are in
        name order; each is compared only with its own earlier quarters.
      </p>
      <p>
        <a href="/api/homes.csv" download>
          Download every home’s judgements (CSV)
        </a>
      </p>
      {homes.data.length === 0 ? (
        <p>No homes have published a review yet.</p>
      ) : (
        <ScrollRegion labelledBy="homes-caption">
          <table className="data-table">
            <caption className="visually-hidden" id="homes-caption">
              Judgements by home and quarter
            </caption>
            <thead>
              <tr>
                <th scope="col">Home</th>
                {quarters.map((q) => (
                  <th scope="col" key={q}>
                    {quarterLabel(q)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {homes.data.map((home) => (
                <tr key={home.id}>
                  <th scope="row">
                    <Link href={`/homes/${home.id}`}>{home.name}</Link>
                  </th>
                  {quarters.map((q) => {
                    const found = home.quarters.find((x) => x.quarter === q);
                    return <td key={q}>{found ? <JudgementCells judgements={found} /> : 'Not published'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
