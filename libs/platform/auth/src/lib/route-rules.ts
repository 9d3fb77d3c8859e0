import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE, AccessRule } from './access.decorator';

export interface RouteRule {
  /** GET, POST, …; `GET /api/enterprises/:id`. */
  method: string;
  path: string;
  route: string;
  /** The access rule the guard enforces, or null (refused: deny by default). */
  rule: AccessRule | null;
  handler: string;
}

const join = (...parts: string[]) => `/${parts.flatMap((p) => p.split('/')).filter(Boolean).join('/')}`;

/**
 * Every HTTP route an app serves with its access rule, read from Nest's own metadata (the same the
 * router and the guard use), so a route added without a rule shows up here with `rule: null`.
 */
export function routeRules(app: INestApplication, prefix = 'api'): RouteRule[] {
  const routes: RouteRule[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      const classRule = Reflect.getMetadata(ACCESS_RULE, controller) as AccessRule | undefined;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (method === undefined || paths === undefined) continue; // not an HTTP route (e.g. an event handler)
        for (const path of Array.isArray(paths) ? paths : [paths]) {
          const full = join(prefix, base, path);
          const verb = RequestMethod[method];
          const rule = (Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined) ?? classRule ?? null;
          routes.push({ method: verb, path: full, route: `${verb} ${full}`, rule, handler: `${controller.name}.${name}` });
        }
      }
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}
