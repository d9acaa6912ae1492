import { useQuery } from '@tanstack/react-query';
import { formatIsoDate } from '@contract/rules/dates';
import { hubApi } from './hubFetch';
import { Problem } from './Problem';

const KIND_WORDS: Record<string, string> = {
  reg44_response: 'Reg 44 response',
  ofsted_requirement: 'Ofsted requirement',
  reg45_report: 'Reg 45 report to Ofsted',
  compliance: 'Compliance date',
  action: 'Action',
};

/** Statutory items and actions past their date, across every home, oldest first. */
export function Overdue() {
  const items = useQuery({ queryKey: ['overdue'], queryFn: hubApi.overdue });
  if (items.error) return <Problem error={items.error} />;
  if (!items.data) return <p role="status">Loading…</p>;
  return (
    <>
      <h1 className="heading-xl">Overdue</h1>
      {items.data.length === 0 ? (
        <p>Nothing is overdue in the records the homes have published.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Overdue items, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Home</th>
              <th scope="col">What</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {items.data.map((item, i) => (
              <tr key={i}>
                <td>{item.homeName}</td>
                <td>
                  {KIND_WORDS[item.kind] ?? item.kind}: {item.title}
                </td>
                <td>{formatIsoDate(item.dueOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
