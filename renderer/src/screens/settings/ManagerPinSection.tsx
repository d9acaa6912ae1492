import { ManagerPinForm } from '@shared/locked-mode/ManagerPinForm';
import { usePinStatus } from '@shared/locked-mode/lockApi';
import { ManagerSecretSection } from './ManagerSecretSection';

/** The manager's PIN, which is the way out of the locked screens (private rating, survey mode). */
export function ManagerPinSection() {
  return (
    <ManagerSecretSection
      what="PIN"
      status={usePinStatus()}
      intro="When staff rate in private or young people answer a survey on this computer, Hallmarks shows only that screen until the manager types this PIN. Hallmarks keeps only a scrambled form of it, so a forgotten PIN cannot be shown again: set a new one here, with the manager’s password."
      form={(isSet, onSaved) => <ManagerPinForm isSet={isSet} onSaved={onSaved} />}
    />
  );
}
