import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { AddHomeSection } from './settings/AddHomeSection';
import { AppLockSection } from './settings/AppLockSection';
import { BackupsSection } from './settings/BackupsSection';
import { DataLocationSection } from './settings/DataLocationSection';
import { DeleteHomeSection } from './settings/DeleteHomeSection';
import { EditHomeSection } from './settings/EditHomeSection';
import { HomeFileSection } from './settings/HomeFileSection';
import { ManagerPasswordSection } from './settings/ManagerPasswordSection';
import { ManagerPinSection } from './settings/ManagerPinSection';
import { QuarterNumberingSection } from './settings/QuarterNumberingSection';
import { ProviderHubSection } from './settings/hub/ProviderHubSection';

export function SettingsScreen() {
  usePageTitle('Settings');
  const { home, info } = useHome();
  return (
    <>
      <PageHeading caption={home.name}>Settings</PageHeading>
      <div className="narrow">
        <EditHomeSection home={home} />
        <QuarterNumberingSection info={info} />
        <ManagerPinSection />
        <ManagerPasswordSection />
        <AppLockSection />
        <AddHomeSection />
        <DataLocationSection info={info} />
        <BackupsSection />
        <HomeFileSection home={home} />
        <ProviderHubSection homeId={home.id} />
        <DeleteHomeSection home={home} />
      </div>
    </>
  );
}
