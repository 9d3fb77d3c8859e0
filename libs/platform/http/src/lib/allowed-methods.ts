import { METHODS } from 'node:http';

/** The pieces of Express 5's router this needs (router 2.x: `app.router.stack`, `layer.match`, `route.methods`). */
interface RouterLayer {
  match(path: string): boolean;
  route?: { methods: Record<string, boolean> };
}
interface ExpressLike {
  router?: { stack?: RouterLayer[] };
}

/**
 * The methods the app answers on `path` (for 405 + Allow), sorted, with HEAD where GET is; empty
 * when no route matches the path (a real 404). Reads the router's own table, so it can never
 * disagree with what the router does.
 */
export function allowedMethods(app: unknown, path: string): string[] {
  const stack = (app as ExpressLike)?.router?.stack ?? [];
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route) continue;
    let matches = false;
    try {
      matches = layer.match(path);
    } catch {
      matches = false; // a path that cannot be decoded matches no route
    }
    if (!matches) continue;
    const handled = Object.entries(layer.route.methods).filter(([method, on]) => on && method !== '_all');
    // A catch-all (`router.all`, e.g. a not-found handler) says nothing about what the path allows.
    if (layer.route.methods._all || handled.length >= METHODS.length) continue;
    for (const [method] of handled) methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
