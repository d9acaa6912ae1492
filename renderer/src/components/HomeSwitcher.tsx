import { useState, type FormEvent } from 'react';
import type { Home } from '@contract/home';
import { messageOf } from '@shared/api/ApiError';
import { useSelectHome } from '@shared/api/homes';

/**
 * Choose, then confirm with a button: switching home changes every screen, so it never happens
 * just because the selection moved (arrow keys on a closed select change its value).
 */
export function HomeSwitcher({ homes, current }: { homes: Home[]; current: Home }) {
  const [chosen, setChosen] = useState(String(current.id));
  // When the current home changes (here or elsewhere), the select shows it again.
  const [shownFor, setShownFor] = useState(current.id);
  if (shownFor !== current.id) {
    setShownFor(current.id);
    setChosen(String(current.id));
  }
  const select = useSelectHome();

  function submit(event: FormEvent) {
    event.preventDefault();
    const id = Number(chosen);
    if (id !== current.id) select.mutate(id);
  }

  return (
    <form className="home-switcher" onSubmit={submit}>
      <label className="home-switcher__label" htmlFor="home-switcher">
        Home
      </label>
      <div className="home-switcher__controls">
        <select
          id="home-switcher"
          className="select"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        >
          {homes.map((home) => (
            <option key={home.id} value={home.id}>
              {home.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--inverse">
          Switch
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {select.isError ? messageOf(select.error) : select.isSuccess ? `Now working in ${current.name}.` : ''}
      </p>
    </form>
  );
}
