import { useCurrentFramework } from '@shared/api/useFramework';

/** The hallmarks (framework domains) and their indicators, for names and link pickers. */
export function useHallmarks() {
  const framework = useCurrentFramework().data;
  const domains = framework?.domains ?? [];
  const title = (key: string | null) => {
    if (key === null) return 'Overall';
    const d = domains.find((x) => x.key === key);
    return d ? `${d.number}. ${d.title}` : key;
  };
  const indicator = (key: string) => {
    for (const d of domains) {
      const found = d.indicators.find((i) => i.key === key);
      if (found) return found.statement;
    }
    return key;
  };
  return { domains, title, indicator, loaded: framework !== undefined };
}
