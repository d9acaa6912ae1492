import { createElement, lazy, type ComponentType } from 'react';

/**
 * A screen loaded on first visit, so the dashboard (the first screen) ships without the forms and
 * their validation library. Marked free of side effects so that a feature entry's screens that a chunk
 * does not use are left out of it (the first screen uses one or two of each entry's).
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyScreen<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * A screen in its own chunk that main.tsx can load before the first render, alongside the start-up read,
 * when the window opens on it. Once loaded it renders without suspending: React holds back a suspended
 * screen's content until 300 ms after its fallback appeared. Opened later, it loads like any lazy screen
 * (inside a Suspense boundary).
 */
/* @__NO_SIDE_EFFECTS__ */
export function preloadableScreen<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): { Screen: ComponentType<Props>; preload: () => Promise<void> } {
  let loaded: ComponentType<Props> | null = null;
  const loadScreen = async () => {
    loaded = (await load())[name];
    return loaded;
  };
  const Lazy = lazy<ComponentType<Props>>(async () => ({ default: await loadScreen() }));
  return {
    preload: async () => {
      await loadScreen();
    },
    Screen: (props: Props) => createElement(loaded ?? Lazy, props),
  };
}
