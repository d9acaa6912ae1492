import { Link } from 'wouter';
import { EmptyState } from '@shared/ui/EmptyState';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { Reg45Section } from '@tracking';

/** Says plainly what exists today: no printed reports yet, and where the records already kept are. */
export function ReportsScreen() {
  usePageTitle('Reports');
  const { home } = useHome();
  return (
    <div className="narrow">
      <PageHeading caption={home.name}>Reports</PageHeading>
      <EmptyState title="No printed reports yet">
        <p>Hallmarks does not make printed or saved reports yet. What you can use today:</p>
        <ul>
          <li>
            <Link href="/inspections/reg45">Reg 45 reviews</Link>: each review’s period, completion date and
            when the report went to Ofsted and placing authorities.
          </li>
          <li>
            <Link href="/actions">Actions</Link>: the home’s action plan with owners and due dates.
          </li>
          <li>
            <Link href="/reviews">Reviews</Link>: each quarter’s self-assessment, with its evidence notes.
          </li>
        </ul>
      </EmptyState>
      <Reg45Section />
    </div>
  );
}
