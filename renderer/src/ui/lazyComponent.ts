/**
 * A component whose code is loaded from disk on demand, in its own chunk, so the first screen's
 * bundle does not carry it. Unlike React.lazy, a component whose code is already here renders
 * at once: React holds a boundary that suspended back for 300 ms after its fallback, so only a
 * component reached before its code has arrived suspends.
 */
import { createElement, use, type ComponentProps, type ComponentType } from 'react'

export interface LazyComponent<P> {
  (props: P): ReturnType<typeof createElement>
  /** Starts loading the component's code (once); resolves when it is here. */
  preload(): Promise<void>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props, kept typed through M[K]
export function lazyComponent<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyComponent<ComponentProps<M[K]>> {
  let loaded: M[K] | null = null
  let loading: Promise<void> | null = null
  const preload = () => (loading ??= load().then((module) => void (loaded = module[name])))
  function Loaded(props: ComponentProps<M[K]>) {
    if (!loaded) use(preload())
    return createElement(loaded!, props)
  }
  Loaded.preload = preload
  return Loaded
}
