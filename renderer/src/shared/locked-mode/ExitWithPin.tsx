import { ManagerProofForm } from './ManagerProofForm';
import { useExitLock } from './lockApi';

/** The manager leaves locked mode with their PIN, or their password after too many wrong PINs. */
export function ExitWithPin({ onCancel }: { onCancel: () => void }) {
  const exit = useExitLock();
  return (
    <ManagerProofForm
      idPrefix="locked-exit"
      heading="Unlock Hallmarks"
      ways={['pin', 'password']}
      submit={(proof) => exit.mutateAsync(proof)}
      pending={exit.isPending}
      onCancel={onCancel}
    />
  );
}
