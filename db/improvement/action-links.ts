import type { ActionLink } from '../../contract/actions';
import { SCCIF_LABELS } from '../../contract/actions';
import type { CustomIndicator } from '../../contract/review';
import { frameworks } from '../framework';

/** A readable name for what an action serves, and the domain it belongs to (for filtering). */
export function describeLink(
  link: ActionLink,
  custom: CustomIndicator[],
): { label: string | null; domainKey: string | null } {
  if (!link) return { label: null, domainKey: null };
  if (link.kind === 'sccif') return { label: SCCIF_LABELS[link.key], domainKey: null };
  for (const framework of [...frameworks].reverse()) {
    for (const domain of framework.domains) {
      if (link.kind === 'domain' && domain.key === link.key) {
        return { label: `${domain.number}. ${domain.title}`, domainKey: domain.key };
      }
      const index = domain.indicators.findIndex((i) => i.key === link.key);
      if (link.kind === 'indicator' && index >= 0) {
        const label = `${domain.number}.${index + 1} ${domain.indicators[index]!.statement}`;
        return { label, domainKey: domain.key };
      }
    }
  }
  const own = custom.find((c) => c.key === link.key);
  if (link.kind === 'indicator' && own) return { label: own.statement, domainKey: own.domainKey };
  return { label: link.key, domainKey: null };
}
