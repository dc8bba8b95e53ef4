/**
 * Registering an element, guarded, as relative-time-element does: a name already taken in the registry is left as
 * it is (a second copy of the library, the CDN widget beside an npm build, another library's element of that name),
 * so nothing throws. The same class can be registered under several names: a registry takes a constructor once, so
 * each further name gets a subclass of its own (where the registry can say it has the class: `getName`, in every
 * current browser and in Lit's server DOM shim).
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  // On a server there is no registry and nothing to register.
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): CustomElementConstructor | undefined {
  if (registry && !registry.get(tag)) registry.define(tag, registry.getName?.(element) ? class extends element {} : element);
  return registry?.get(tag);
}
