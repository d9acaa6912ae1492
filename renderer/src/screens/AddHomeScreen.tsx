import { Link, useLocation } from 'wouter';
import type { HomeFields } from '@contract/home';
import { useCreateHome, useSelectHome } from '@shared/api/homes';
import { HomeForm } from '../components/HomeForm';
import { PageHeading } from '@shared/ui/PageHeading';
import { emptyHomeForm } from '../forms/homeForm';
import { usePageTitle } from '@shared/hooks/usePageTitle';

export function AddHomeScreen() {
  usePageTitle('Add another home');
  const create = useCreateHome();
  const select = useSelectHome();
  const [, navigate] = useLocation();

  async function save(fields: HomeFields) {
    const home = await create.mutateAsync(fields);
    await select.mutateAsync(home.id);
    navigate('/');
  }

  return (
    <div className="narrow">
      <Link href="/settings" className="back-link">
        Back to Settings
      </Link>
      <PageHeading caption="Settings">Add another home</PageHeading>
      <p>Once the home is added, Hallmarks switches to it. You can switch back at the top of any page.</p>
      <HomeForm idPrefix="new-home" initialValues={emptyHomeForm} submitLabel="Add home" onSave={save} />
    </div>
  );
}
