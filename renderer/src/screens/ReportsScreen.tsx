import { EmptyState } from '@shared/ui/EmptyState';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { Reg45Section } from '@tracking';

export function ReportsScreen() {
  usePageTitle('Reports');
  const { home } = useHome();
  return (
    <div className="narrow">
      <PageHeading caption={home.name}>Reports</PageHeading>
      <p className="body-l">
        Print or save reports built from your reviews: a one-page summary of each quarter for the staff team,
        and a first draft of your six-monthly Regulation 45 review for you to edit and sign.
      </p>
      <EmptyState title="Nothing to report yet">
        <p>
          A report needs at least one completed review. The Regulation 45 draft needs two quarters, so it can
          show what has improved, stayed the same or slipped.
        </p>
      </EmptyState>
      <Reg45Section />
    </div>
  );
}
