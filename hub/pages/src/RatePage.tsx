import type { RatingLinkAnswer, RatingSheet } from '@contract/hub/rating';
import { GRADE_WORDS } from '@contract/rules/team-rules';
import { handler, inBackground } from '@shared/lib/background';
import { ChoiceRadios } from '@shared/ui/ChoiceRadios';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { useEffect, useState, type FormEvent } from 'react';

type Rating = 0 | 1 | 2 | 3 | 4;
const CHOICES = ([4, 3, 2, 1, 0] as const).map((value) => ({ value, label: GRADE_WORDS[value] }));
const OFFLINE =
  'Your phone is offline. Your answers are still on this page: send them again when your phone is connected.';
const CLOSED_WORDS: Record<'used' | 'ended' | 'unknown', string> = {
  used: 'This link has already been used to rate. Each link works once. If that was not you, tell your manager.',
  ended: 'The rating has ended, so this link no longer works.',
  unknown: 'This code does not work. Check it with your manager: the rating may have ended.',
};

/** A POST to the hub; an unreachable hub is said plainly, as being offline. */
async function post<T>(
  path: string,
  body: unknown,
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  if (!navigator.onLine) return { ok: false, message: OFFLINE };
  try {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
    return answer.ok ? { ok: true, value: answer.value as T } : { ok: false, message: answer.error!.message };
  } catch {
    return { ok: false, message: OFFLINE };
  }
}

function GradeMeanings({ sheet }: { sheet: RatingSheet }) {
  return (
    <details className="disclosure">
      <summary>What the grades mean</summary>
      <dl className="summary-list">
        {([4, 3, 2, 1] as const).map((g) => (
          <div className="summary-list__row" key={g}>
            <dt>{GRADE_WORDS[g]}</dt>
            <dd>{sheet.gradeMeanings[g]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function Sheet({ code, sheet, onDone }: { code: string; sheet: RatingSheet; onDone: () => void }) {
  const [ratings, setRatings] = useState<Record<string, Rating>>({});
  const [missing, setMissing] = useState<{ message: string; fieldId: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState('');
  const [sending, setSending] = useState(false);
  const indicators = sheet.domains.flatMap((d) => d.indicators);

  async function send(event: FormEvent) {
    event.preventDefault();
    const unrated = indicators.filter((i) => ratings[i.key] === undefined);
    setAttempt((n) => n + 1);
    setMissing(
      unrated.map((i) => ({
        message: `Rate statement ${i.number}, or choose “Don’t know”`,
        fieldId: `rate-${i.key}`,
      })),
    );
    if (unrated.length > 0) return;
    setSending(true);
    setProblem('');
    const answer = await post('/api/rate/submit', {
      code,
      ratings: indicators.map((i) => ({ indicatorKey: i.key, rating: ratings[i.key] })),
    });
    setSending(false);
    if (answer.ok) onDone();
    else setProblem(answer.message);
  }

  return (
    <form onSubmit={handler(send)} noValidate>
      {missing.length > 0 && <ErrorSummary items={missing} attempt={attempt} />}
      <h1 className="heading-xl">Rate the home: {sheet.period}</h1>
      <p>
        Choose a grade for each statement, or “Don’t know” where you cannot say. Your answers are only added
        to the team’s counts: nobody, not even your manager, can see how you rated.
      </p>
      <GradeMeanings sheet={sheet} />
      {sheet.domains.map((d) => (
        <section key={d.key} aria-labelledby={`domain-${d.key}`}>
          <h2 className="heading-l" id={`domain-${d.key}`}>
            {d.number}. {d.title}
          </h2>
          <details className="disclosure">
            <summary>What this looks like at each grade</summary>
            <dl className="summary-list">
              {([4, 3, 2, 1] as const).map((g) => (
                <div className="summary-list__row" key={g}>
                  <dt>{GRADE_WORDS[g]}</dt>
                  <dd>{d.descriptors[g]}</dd>
                </div>
              ))}
            </dl>
          </details>
          {d.indicators.map((i) => (
            <ChoiceRadios
              key={i.key}
              id={`rate-${i.key}`}
              legend={`${i.number} ${i.statement}`}
              choices={CHOICES}
              value={ratings[i.key] ?? null}
              onChange={(value) => setRatings((r) => ({ ...r, [i.key]: value }))}
            />
          ))}
        </section>
      ))}
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button" disabled={sending}>
        Send my ratings
      </button>
    </form>
  );
}

function CodeForm({ onCode }: { onCode: (code: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onCode(value.trim());
      }}
    >
      <h1 className="heading-xl">Rate the home</h1>
      <div className="form-group">
        <label className="label" htmlFor="rate-code">
          Your code
        </label>
        <p className="hint" id="rate-code-hint">
          Your manager gave you one, for example K7MR-2QXH-9DPA-WNZ4. It works once.
        </p>
        <input
          className="input input--medium"
          id="rate-code"
          aria-describedby="rate-code-hint"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <button type="submit" className="button">
        Continue
      </button>
    </form>
  );
}

/**
 * The page a staff member opens on their own phone, from the QR code or the code the manager's app
 * shows: no account, only the statements, the descriptors, the grades' meanings and the four grades.
 */
export function RatePage() {
  const [code, setCode] = useState(() => decodeURIComponent(window.location.hash.slice(1)));
  const [answer, setAnswer] = useState<RatingLinkAnswer | null>(null);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (!code) return;
    inBackground(
      post<RatingLinkAnswer>('/api/rate/sheet', { code }).then((r) => {
        if (r.ok) setAnswer(r.value);
        else setProblem(r.message);
      }),
    );
  }, [code]);

  let body;
  if (done) {
    body = (
      <div role="status">
        <h1 className="heading-xl">Thank you</h1>
        <p>Your ratings are in. You can close this page.</p>
      </div>
    );
  } else if (!code) body = <CodeForm onCode={setCode} />;
  else if (problem)
    body = (
      <p className="error-message" role="alert">
        {problem}
      </p>
    );
  else if (!answer) body = <p role="status">Loading…</p>;
  else if (answer.state === 'open')
    body = <Sheet code={code} sheet={answer.sheet} onDone={() => setDone(true)} />;
  else
    body = (
      <>
        <h1 className="heading-xl">Rate the home</h1>
        <p>{CLOSED_WORDS[answer.state]}</p>
      </>
    );
  return (
    <div className="page">
      <header className="header">
        <div className="header__bar width-container">
          <p className="header__identity">
            <span className="header__app">Hallmarks: rate the home</span>
          </p>
        </div>
      </header>
      <main className="main width-container" id="main-content" tabIndex={-1}>
        {body}
      </main>
    </div>
  );
}
