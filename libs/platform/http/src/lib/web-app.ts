import { Logger } from '@nestjs/common';
import compression from 'compression';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import serveStatic from 'serve-static';
import { RawMiddleware } from './http-app-options';
import { pathOfUrl } from './reply-adapter';

/** The built web app (Vite output): index.html plus content-hashed files under assets/. */
export interface WebAppFiles {
  root: string;
  index: string;
}

/** The web app's files, when `root` holds a build; undefined (and a warning) otherwise. */
export function findWebApp(root: string | undefined): WebAppFiles | undefined {
  if (!root) return undefined;
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    new Logger('WebApp').warn({ msg: 'no web build to serve; the API works without it', root });
    return undefined;
  }
  return { root, index };
}

const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * Whether a request that matched no route is a browser navigating inside the web app (which then
 * gets index.html and routes on the client): a GET or HEAD for HTML, outside /api.
 */
export function isWebAppNavigation(method: string, path: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (isApiPath(path)) return false;
  return (accept ?? '').includes('text/html');
}

/**
 * Serves the web app's files from the same origin as /api. Only files that exist are served here
 * (before the routes, so they never shadow an /api path: the build has no api/ folder); any
 * other page of the app is answered by the error filter's fallback (index.html) once no route
 * matched. Hashed assets are cached for a year, index.html never.
 */
export function serveWebAppFiles(use: (middleware: RawMiddleware) => void, web: WebAppFiles): void {
  const compress = compression();
  // Compressed like the proxy does in deploy/ (the API's own responses are left as they are).
  use((req, res, next) => (isApiPath(pathOfUrl(req.url ?? '')) ? next() : compress(req as never, res as never, next)));
  use(
    serveStatic(web.root, {
      index: false,
      fallthrough: true,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes(`${join(web.root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
}
