import { useState, type FormEvent } from 'react';
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
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { FormProblem } from '@shared/actions/FormBits';
import { useImprovementSave, useToday } from '../api/improvementApi';
import { typedFromIso } from '@contract/rules/dates';
import { ActionFields, checkActionDraft, type ActionDraft } from './ActionFields';
import { SelectField } from '@shared/ui/SelectField';
import { handler } from '@shared/lib/background';

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
  const [draft, setDraft] = useState<ActionDraft>({
    title: action?.title ?? '',
    owner: action?.owner ?? '',
    due: typedFromIso(action?.dueOn),
  });
  const [link, setLink] = useState(linkValue(action?.link ?? null));
  const [source, setSource] = useState<ActionSource>(action?.source ?? 'team_meeting');
  const form = useFormProblems(p);
  const errors = form.errors;
  const create = useImprovementSave('actions.create', homeId);
  const update = useImprovementSave('actions.update', homeId);

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

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending || update.isPending) return;
    const checked = checkActionDraft(draft);
    if (!checked.ok) {
      form.show(checked.errors);
      return;
    }
    const fields = {
      title: draft.title,
      owner: draft.owner,
      dueOn: checked.dueOn,
      link: linkFrom(link),
      source,
    };
    try {
      if (action) await update.mutateAsync({ id: action.id, ...fields });
      else await create.mutateAsync({ homeId, ...fields });
      onDone(action ? 'Action saved.' : 'Action added.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={handler(submit)}
      aria-label={action ? 'Edit the action' : 'New action'}
    >
      <FormProblem message={form.general} />
      <ActionFields idPrefix={p} draft={draft} onChange={setDraft} errors={errors} today={today} />
      <SelectField
        id={`${p}-link`}
        label="What it serves"
        value={link}
        options={linkOptions}
        onChange={setLink}
      />
      <SelectField
        id={`${p}-source`}
        label="Where it came from"
        value={source}
        options={ACTION_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }))}
        onChange={(v) => setSource(v as ActionSource)}
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
