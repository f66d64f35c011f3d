// A component that renders again only when its props change (shallowly), like preact/compat's
// memo. Not imported from preact/compat: importing compat changes how Preact wires events on
// every element of the page (in happy-dom a file input's change event no longer arrived).
import { createElement, type FunctionComponent } from 'preact'

function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key])
}

export function memo<P extends object>(component: FunctionComponent<P>): FunctionComponent<P> {
  // Preact calls a function component as a method of its component instance, so `this` is it.
  function Memoed(this: { props: P; shouldComponentUpdate?: (next: P) => boolean }, props: P) {
    this.shouldComponentUpdate = function (this: { props: P }, next: P) {
      return !shallowEqual(this.props, next)
    }
    return createElement(component, props)
  }
  Memoed.displayName = `Memo(${component.displayName ?? component.name})`
  return Memoed as FunctionComponent<P>
}
