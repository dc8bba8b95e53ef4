/**
 * Registering an element, guarded, as relative-time-element does: a name already taken in the registry is left as
 * it is (a second copy of the library, the CDN widget beside an npm build, another library's element of that name),
 * so nothing throws. The same class can be registered under several names: a registry takes a constructor once, so
 * each further name gets a subclass of its own.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): CustomElementConstructor | undefined {
  // On a server there is no registry and nothing to register.
  if (!registry) return undefined;
  const taken = registry.get(tag);
  if (taken) return taken;
  try {
    registry.define(tag, element);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
    registry.define(tag, class extends element {});
  }
  return registry.get(tag);
}
