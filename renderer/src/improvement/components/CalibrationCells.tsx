import type { ReactNode } from 'react';
import { SCCIF_LABELS } from '@contract/actions';
import type { Grade } from '@contract/framework';
import type { CalibrationRow } from '@contract/records';

/** The screen speaks to the home ("you"); paper, read by inspectors, speaks of it. */
type Audience = 'screen' | 'paper';

const AGREEMENT: Record<Audience, Record<NonNullable<CalibrationRow['direction']>, string>> = {
  screen: { agreed: 'Agreed', higher: 'You rated higher', lower: 'You rated lower' },
  paper: { agreed: 'Agreed', higher: 'The home rated higher', lower: 'The home rated lower' },
};

interface Props {
  rows: CalibrationRow[];
  audience: Audience;
  /** How a grade shows: words on screen, a badge on paper. */
  grade: (grade: Grade) => ReactNode;
}

/**
 * The header row and rows of a calibration table, the same on the Ofsted screen and in the printed
 * inspection pack: each SCCIF judgement with the home's self-assessment, Ofsted's and whether they agree.
 */
export function CalibrationCells({ rows, audience, grade }: Props) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">Judgement</th>
          <th scope="col">{audience === 'screen' ? 'Your self-assessment' : 'Self-assessment'}</th>
          <th scope="col">Ofsted</th>
          <th scope="col">Agreement</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{SCCIF_LABELS[r.key]}</th>
            <td>{r.home ? grade(r.home) : 'Not recorded (made before version 2)'}</td>
            <td>{r.ofsted ? grade(r.ofsted) : 'Not given'}</td>
            <td>{r.direction ? AGREEMENT[audience][r.direction] : 'Cannot compare'}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
}
