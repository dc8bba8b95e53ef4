/**
 * Feed text parsed into an inert document. DOMParser runs no script and loads nothing, and the document it gives is
 * only read (text and a few attributes), never put in the page.
 *
 * A page that enforces Trusted Types (`require-trusted-types-for 'script'`) refuses a plain string at this sink,
 * so the string goes through one policy, `envoy-elements`, which passes it on unchanged: safe for the reason above.
 * Such a page names the policy in its CSP: `trusted-types lit-html envoy-elements` (README "Strict CSP"). Where
 * the page does not allow the name, `parseInert` throws, and callers fall back or report it.
 */

interface HtmlPolicy {
  createHTML(text: string): string;
}

/** Made on first use: undefined until then, null where the browser has no Trusted Types or refuses the name. */
let policy: HtmlPolicy | null | undefined;

export function parseInert(text: string, type: DOMParserSupportedType): Document {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } }).trustedTypes;
    try {
      policy = factory?.createPolicy('envoy-elements', { createHTML: (html) => html }) ?? null;
    } catch {
      policy = null;
    }
  }
  return new DOMParser().parseFromString(policy ? policy.createHTML(text) : text, type);
}
