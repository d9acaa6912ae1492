import { useState } from 'react';
import { SCCIF_KEYS, SCCIF_LABELS, SOURCE_LABELS, ACTION_SOURCES } from '@contract/actions';
import { EmptyState } from '@shared/ui/EmptyState';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useCurrentFramework } from '@shared/api/useFramework';
import { useImprovementList } from '../api/improvementApi';
import { ActionCard } from '../components/ActionCard';
import { ActionForm } from '../components/ActionForm';
import { Loaded } from '../components/Loaded';
import { SelectField } from '@shared/ui/SelectField';
import {
  DEFAULT_FILTERS,
  filterActions,
  ownersOf,
  STATUS_FILTERS,
  type ActionFilters,
} from '../lib/actionFilters';

/** The action plan: every action, filtered and sorted by due date, with a form to add one. */
export function ActionsScreen({ params }: { params?: { preset?: string } }) {
  usePageTitle('Actions');
  const { home } = useHome();
  const actions = useImprovementList('actions.list', home.id);
  const framework = useCurrentFramework().data;
  const [filters, setFilters] = useState<ActionFilters>({
    ...DEFAULT_FILTERS,
    status: params?.preset === 'overdue' ? 'overdue' : DEFAULT_FILTERS.status,
  });
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const set = (key: keyof ActionFilters) => (value: string) => setFilters({ ...filters, [key]: value });

  const all = actions.data ?? [];
  const shown = filterActions(all, filters);
  const owners = ownersOf(all);

  return (
    <div className="improvement-page">
      <PageHeading caption={home.name}>Actions</PageHeading>
      <p className="body-l">
        The home’s action plan: what will be done, by whom and by when. Actions come from reviews, team
        meetings, Reg 44 visits, Reg 45 reviews, Ofsted inspections and complaints, and stay here until they
        are done or dropped.
      </p>
      {!adding && (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add an action
        </button>
      )}
      {adding && (
        <section className="card" aria-labelledby="new-action-heading">
          <h2 className="heading-m" id="new-action-heading">
            New action
          </h2>
          <ActionForm
            homeId={home.id}
            framework={framework}
            onDone={(text) => {
              setAdding(false);
              setMessage(text);
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      )}
      <p className="status-message" role="status">
        {message}
      </p>
      <Loaded query={actions}>
        {() =>
          all.length === 0 ? (
            <EmptyState title="No actions yet">
              <p>
                Add one above, or from an indicator, a domain judgement or the areas to improve during a
                review.
              </p>
            </EmptyState>
          ) : (
            <>
              <form className="filters" aria-label="Filter actions" onSubmit={(e) => e.preventDefault()}>
                <SelectField
                  id="filter-status"
                  label="Status"
                  value={filters.status}
                  options={STATUS_FILTERS}
                  onChange={set('status')}
                />
                <SelectField
                  id="filter-owner"
                  label="Owner"
                  value={filters.owner}
                  options={[
                    { value: '', label: 'Anyone' },
                    { value: '-', label: 'No owner' },
                    ...owners.map((o) => ({ value: o, label: o })),
                  ]}
                  onChange={set('owner')}
                />
                <SelectField
                  id="filter-domain"
                  label="Domain or SCCIF judgement"
                  value={filters.domain}
                  options={[
                    { value: '', label: 'Any' },
                    ...(framework?.domains ?? []).map((d) => ({
                      value: d.key,
                      label: `${d.number}. ${d.title}`,
                    })),
                    ...SCCIF_KEYS.map((k) => ({ value: k, label: `SCCIF: ${SCCIF_LABELS[k]}` })),
                  ]}
                  onChange={set('domain')}
                />
                <SelectField
                  id="filter-source"
                  label="Where it came from"
                  value={filters.source}
                  options={[
                    { value: '', label: 'Anywhere' },
                    ...ACTION_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] })),
                  ]}
                  onChange={set('source')}
                />
              </form>
              <h2 className="heading-m" aria-live="polite">
                {shown.length === 1 ? '1 action' : `${shown.length} actions`}, soonest due first
              </h2>
              {shown.length === 0 && <p>No actions match these filters.</p>}
              <div className="action-list">
                {shown.map((a) => (
                  <ActionCard key={a.id} action={a} framework={framework} onMessage={setMessage} />
                ))}
              </div>
            </>
          )
        }
      </Loaded>
    </div>
  );
}
