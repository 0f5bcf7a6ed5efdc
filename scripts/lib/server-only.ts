import { register } from "node:module";

/**
 * The app's loaders are server-only code (`import "server-only"`, which throws outside React's
 * server build). Next resolves that import to an empty module on the server; so does this hook,
 * so a bench scenario or the e2e server runs the app's own code outside Next.
 */
export function allowServerOnlyImports() {
  const hook = `export async function resolve(specifier, context, next) {
    return specifier === "server-only" ? { url: "data:text/javascript,export {}", shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}
