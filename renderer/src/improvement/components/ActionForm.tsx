import {
  ACTION_SOURCES,
  SCCIF_KEYS,
  SCCIF_LABELS,
  SOURCE_LABELS,
  type ActionItem,
  type ActionLink,
  type ActionSource,
} from '@contract/actions';
import type { Framework } from '@contract/framework';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { FormProblem } from '@shared/actions/FormBits';
import { useImprovementSave, useToday } from '../api/improvementApi';
import { typedFromIso } from '@contract/rules/dates';
import { ActionFields, checkActionDraft } from './ActionFields';
import { SelectField } from '@shared/ui/SelectField';

const linkValue = (link: ActionLink) => (link ? `${link.kind}:${link.key}` : '');

function linkFrom(value: string): ActionLink {
  const [kind, key] = value.split(/:(.*)/) as [string, string];
  if (kind === 'domain' || kind === 'indicator') return { kind, key };
  if (kind === 'sccif') return { kind, key: key as (typeof SCCIF_KEYS)[number] };
  return null;
}

interface Props {
  homeId: number;
  framework: Framework | undefined;
  /** The action to edit; a new one when absent. */
  action?: ActionItem;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Adds or edits an action from the Actions page: what, owner, due date, what it serves and where it came from. */
export function ActionForm({ homeId, framework, action, onDone, onCancel }: Props) {
  const p = action ? `edit-${action.id}` : 'new-action';
  const today = useToday().data;
  const create = useImprovementSave('actions.create', homeId);
  const update = useImprovementSave('actions.update', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      title: action?.title ?? '',
      owner: action?.owner ?? '',
      due: typedFromIso(action?.dueOn),
      link: linkValue(action?.link ?? null),
      source: action?.source ?? ('team_meeting' as ActionSource),
    },
    read: (v, check) => {
      const checked = checkActionDraft(v);
      if (!checked.ok) check.found(checked.errors);
      const { title, owner, source } = v;
      return { title, owner, dueOn: checked.ok ? checked.dueOn : '', link: linkFrom(v.link), source };
    },
    save: (fields) =>
      action ? update.mutateAsync({ id: action.id, ...fields }) : create.mutateAsync({ homeId, ...fields }),
    after: 'keep',
    onSaved: () => onDone(action ? 'Action saved.' : 'Action added.'),
  });

  const linkOptions = [
    { value: '', label: 'None' },
    ...(action?.link?.kind === 'indicator'
      ? [{ value: linkValue(action.link), label: action.linkLabel ?? 'Indicator' }]
      : []),
    ...SCCIF_KEYS.map((k) => ({ value: `sccif:${k}`, label: `SCCIF: ${SCCIF_LABELS[k]}` })),
    ...(framework?.domains ?? []).map((d) => ({
      value: `domain:${d.key}`,
      label: `Domain ${d.number}: ${d.title}`,
    })),
  ];

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={form.onSubmit}
      aria-label={action ? 'Edit the action' : 'New action'}
    >
      <FormProblem message={form.general} />
      <ActionFields
        idPrefix={p}
        draft={form.values}
        onChange={(draft) => form.setValues((v) => ({ ...v, ...draft }))}
        errors={form.errors}
        today={today}
      />
      <SelectField
        id={`${p}-link`}
        label="What it serves"
        value={form.values.link}
        options={linkOptions}
        onChange={form.set('link')}
      />
      <SelectField
        id={`${p}-source`}
        label="Where it came from"
        value={form.values.source}
        options={ACTION_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }))}
        onChange={(v) => form.set('source')(v as ActionSource)}
      />
      <div className="button-group">
        <button type="submit" className="button">
          {action ? 'Save changes' : 'Save action'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
