import { useState, type FormEvent } from 'react';
import type { FrameworkDomain } from '@contract/framework';
import { addCustomIndicatorInput } from '@contract/review';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { useAddCustomIndicator } from '../api/useCustomIndicators';
import { checkWith, fieldProblems, problemsFrom, summaryItems } from '@shared/lib/formProblems';
import { TextArea } from '@shared/ui/TextArea';
import { handler } from '@shared/lib/background';

const IDS = { domainKey: 'custom-domain', statement: 'custom-statement' };

/** Adds an indicator of the home's own to one domain. */
export function CustomIndicatorForm({ homeId, domains }: { homeId: number; domains: FrameworkDomain[] }) {
  const [domainKey, setDomainKey] = useState('');
  const [statement, setStatement] = useState('');
  const { problems, errors, attempt, fail, clear } = useFormProblems();
  const [added, setAdded] = useState('');
  const add = useAddCustomIndicator(homeId);
  const domainError = errors.domainKey;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    setAdded('');
    const found = [
      ...(domainKey ? [] : fieldProblems({ domainKey: 'Choose the domain the indicator belongs to' })),
      ...checkWith(addCustomIndicatorInput, { homeId, domainKey, statement }),
    ];
    if (found.length > 0) return fail(found);
    try {
      await add.mutateAsync({ domainKey, statement });
      clear();
      setStatement('');
      setAdded(`Added to ${domains.find((d) => d.key === domainKey)?.title ?? 'the domain'}.`);
    } catch (error) {
      fail(problemsFrom(error));
    }
  }

  return (
    <form className="form narrow" noValidate onSubmit={handler(submit)}>
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
          value={domainKey}
          aria-describedby={domainError ? `${IDS.domainKey}-error` : undefined}
          aria-invalid={domainError ? true : undefined}
          onChange={(event) => setDomainKey(event.target.value)}
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
        value={statement}
        onChange={setStatement}
        error={errors.statement}
        rows={3}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
          Add indicator
        </button>
        <p className="status-message" role="status">
          {added}
        </p>
      </div>
    </form>
  );
}
