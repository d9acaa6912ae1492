import type { FrameworkDomain } from '@contract/framework';
import { addCustomIndicatorInput } from '@contract/review';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { useAddCustomIndicator } from '../api/useCustomIndicators';
import { checkWith, summaryItems } from '@shared/lib/formProblems';
import { TextArea } from '@shared/ui/TextArea';

const IDS = { domainKey: 'custom-domain', statement: 'custom-statement' };

/** Adds an indicator of the home's own to one domain. */
export function CustomIndicatorForm({ homeId, domains }: { homeId: number; domains: FrameworkDomain[] }) {
  const add = useAddCustomIndicator(homeId);
  const form = useSaveForm({
    initial: { domainKey: '', statement: '' },
    read: ({ domainKey, statement }, check) => {
      check.found({ domainKey: domainKey ? undefined : 'Choose the domain the indicator belongs to' });
      check.add(checkWith(addCustomIndicatorInput, { homeId, domainKey, statement }));
      return { domainKey, statement };
    },
    save: add.mutateAsync,
    // The domain stays chosen: a home often adds several indicators to one domain.
    after: (v) => ({ ...v, statement: '' }),
    savedMessage: (_r, { domainKey }) =>
      `Added to ${domains.find((d) => d.key === domainKey)?.title ?? 'the domain'}.`,
  });
  const { problems, errors, attempt } = form;
  const domainError = errors.domainKey;

  return (
    <form className="form narrow" noValidate onSubmit={form.onSubmit}>
      {problems && <ErrorSummary items={summaryItems(problems, IDS)} attempt={attempt} />}
      <div className={domainError ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={IDS.domainKey}>
          Domain
        </label>
        {domainError && (
          <p className="error-message" id={`${IDS.domainKey}-error`}>
            <span className="visually-hidden">Error: </span>
            {domainError}
          </p>
        )}
        <select
          className={domainError ? 'select input--error' : 'select'}
          id={IDS.domainKey}
          value={form.values.domainKey}
          aria-describedby={domainError ? `${IDS.domainKey}-error` : undefined}
          aria-invalid={domainError ? true : undefined}
          onChange={(event) => form.set('domainKey')(event.target.value)}
        >
          <option value="">Choose a domain</option>
          {domains.map((domain) => (
            <option key={domain.key} value={domain.key}>
              {domain.number}. {domain.title}
            </option>
          ))}
        </select>
      </div>
      <TextArea
        id={IDS.statement}
        label="Indicator"
        hint="Write it as a statement that is true when things are going well, for example: Every child has a say in planning their birthday."
        value={form.values.statement}
        onChange={form.set('statement')}
        error={errors.statement}
        rows={3}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          Add indicator
        </button>
        <p className="status-message" role="status">
          {form.status}
        </p>
      </div>
    </form>
  );
}
