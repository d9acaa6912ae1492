import type { ReactNode } from 'react';
import type { Home } from '@contract/home';
import { printedOn } from '../lib/furniture';

interface Props {
  home: Home;
  title: string;
  period: string;
  /** Extra facts for the cover, after the home's. */
  facts?: [string, ReactNode][];
  /**
   * Who managed the home in a past period and their status, in place of today's registered manager: a
   * past quarter's cover names the manager of the time.
   */
  managerThen?: [string, ReactNode];
  children?: ReactNode;
}

/** The top of a report: what it is, for which home and period, and the date it was printed. */
export function ReportCover({ home, title, period, facts = [], managerThen, children }: Props) {
  const rows: [string, ReactNode][] = [
    ['Home', home.name],
    ['Ofsted URN', home.urn ?? 'Not recorded'],
    managerThen ?? ['Registered manager', home.registeredManager ?? 'Not recorded'],
    ['Places', String(home.places)],
    ['Period', period],
    ...facts,
    ['Printed on', printedOn()],
  ];
  return (
    <header className="report-cover">
      <p className="report-cover__caption">{home.name}</p>
      <h1 className="report-cover__title">{title}</h1>
      <dl className="report-facts">
        {rows.map(([term, value]) => (
          <div className="report-facts__row" key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </header>
  );
}
