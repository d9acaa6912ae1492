import { useLocation } from 'wouter';
import type { HomeFields } from '@contract/home';
import { useCreateHome, useSelectHome } from '@shared/api/homes';
import { HomeForm } from '../components/HomeForm';
import { PageHeading } from '@shared/ui/PageHeading';
import { PlainLayout } from '../components/PlainLayout';
import { emptyHomeForm } from '../forms/homeForm';
import { requestHeadingFocus } from '@shared/hooks/headingFocus';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { ExploreSampleData } from '@review/parts';
import { ImportHomeFile } from './settings/ImportHomeFile';

export function FirstRunScreen() {
  usePageTitle('Set up your home');
  const create = useCreateHome();
  const select = useSelectHome();
  const [, navigate] = useLocation();

  async function save(fields: HomeFields) {
    // The dashboard replaces this screen as soon as the home exists, so point the address at it first
    // (a later move could pull the manager back from wherever they went next) and focus its heading.
    navigate('/', { replace: true });
    requestHeadingFocus();
    try {
      const home = await create.mutateAsync(fields);
      await select.mutateAsync(home.id);
    } catch (error) {
      requestHeadingFocus(false);
      throw error;
    }
  }

  return (
    <PlainLayout>
      <div className="narrow">
        <PageHeading>Welcome to Hallmarks</PageHeading>
        <p className="body-l">
          Hallmarks helps you review your children&apos;s home each quarter against the hallmarks of
          outstanding homes, see how the home changes over time, and print clear reports for inspection and
          your six-monthly Regulation 45 review.
        </p>
        <p>Your records stay in one file on this computer. There is no account to create.</p>
        <h2 className="heading-l">Set up your home</h2>
        <p>You can change these details later in Settings.</p>
        <HomeForm
          idPrefix="home"
          initialValues={emptyHomeForm}
          submitLabel="Save and continue"
          onSave={save}
        />
        <ExploreSampleData />
        <h2 className="heading-l">Moving from another computer?</h2>
        <p>If you exported your home from Hallmarks on another computer, import the file here.</p>
        <ImportHomeFile
          beforeImport={() => {
            navigate('/', { replace: true });
            requestHeadingFocus();
          }}
        />
      </div>
    </PlainLayout>
  );
}
