import { lazy, type ComponentType } from 'react';

/**
 * A screen loaded on first visit, so the dashboard (the first screen) ships without the forms and
 * their validation library.
 */
export function lazyScreen<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
