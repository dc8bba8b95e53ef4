// The package's index.d.ts re-exports './browser/commands.mjs', which TypeScript looks for as a .d.mts that the
// package does not ship (it ships commands.d.ts): say what the browser entry exports.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
