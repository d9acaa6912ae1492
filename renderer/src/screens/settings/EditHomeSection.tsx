import type { Home, HomeFields } from '@contract/home';
import { useUpdateHome } from '@shared/api/homes';
import { HomeForm } from '../../components/HomeForm';
import { homeFormFrom } from '../../forms/homeForm';

export function EditHomeSection({ home }: { home: Home }) {
  const update = useUpdateHome();

  async function save(fields: HomeFields) {
    const stored = await update.mutateAsync({ id: home.id, ...fields });
    return homeFormFrom(stored);
  }

  return (
    <section className="section" aria-labelledby="edit-home-title">
      <h2 className="heading-l" id="edit-home-title">
        Home details
      </h2>
      <p>These details appear on the dashboard and on every report.</p>
      <HomeForm
        key={home.id}
        idPrefix="home"
        initialValues={homeFormFrom(home)}
        submitLabel="Save changes"
        savedMessage="Saved"
        onSave={save}
        providerFields
      />
    </section>
  );
}
