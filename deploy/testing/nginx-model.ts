import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A small model of nginx's location matching, to replay nginx.conf routing without nginx (deploy tests). */
export const NGINX_CONF = join(__dirname, '..', 'nginx', 'nginx.conf');

// ---------------------------------------------------------------------------------- nginx model

export interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
  line: number;
}

/** nginx.conf into a directive tree: words, quoted strings, comments, `;`, `{ }`. */
export function parseNginx(text: string): Directive[] {
  type Token = { value: string; quoted: boolean; line: number };
  const tokens: Token[] = [];
  let line = 1;
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '{' || ch === '}' || ch === ';') {
      tokens.push({ value: ch, quoted: false, line });
      i++;
    } else if (ch === '"' || ch === "'") {
      let value = '';
      const start = line;
      for (i++; i < text.length && text[i] !== ch; i++) {
        if (text[i] === '\\' && i + 1 < text.length) value += text[++i];
        else value += text[i];
        if (text[i] === '\n') line++;
      }
      if (i >= text.length) throw new Error(`nginx.conf:${start}: unterminated string`);
      i++;
      tokens.push({ value, quoted: true, line: start });
    } else {
      let value = '';
      while (i < text.length && !/[\s;{}]/.test(text[i])) value += text[i++];
      tokens.push({ value, quoted: false, line });
    }
  }

  let at = 0;
  const block = (depth: number): Directive[] => {
    const out: Directive[] = [];
    while (at < tokens.length) {
      const first = tokens[at];
      if (!first.quoted && first.value === '}') {
        if (depth === 0) throw new Error(`nginx.conf:${first.line}: unexpected }`);
        at++;
        return out;
      }
      const words: string[] = [];
      while (at < tokens.length && (tokens[at].quoted || !['{', '}', ';'].includes(tokens[at].value))) {
        words.push(tokens[at++].value);
      }
      const end = tokens[at];
      if (!end || end.value === '}') throw new Error(`nginx.conf:${first.line}: "${words.join(' ')}" is not terminated by ; or {`);
      at++;
      const directive: Directive = { name: words[0], args: words.slice(1), line: first.line };
      if (end.value === '{') directive.block = block(depth + 1);
      out.push(directive);
    }
    if (depth > 0) throw new Error('nginx.conf: unbalanced { }');
    return out;
  };
  return block(0);
}

export interface Location {
  modifier: '=' | '^~' | '~' | '~*' | '';
  pattern: string;
  regex?: RegExp;
  body: Directive[];
  line: number;
}

export type Outcome =
  | { kind: 'proxy'; upstream: string; uri: string; location: string }
  | { kind: 'return'; status: number; text?: string; location: string }
  | { kind: 'static'; root: string; tryFiles: string[]; location: string };

export class NginxModel {
  readonly http: Directive[];
  readonly server: Directive[];
  readonly locations: Location[];

  constructor(readonly tree: Directive[]) {
    const http = tree.find((d) => d.name === 'http');
    if (!http?.block) throw new Error('nginx.conf has no http { } block');
    this.http = http.block;
    const servers = this.http.filter((d) => d.name === 'server');
    if (servers.length !== 1 || !servers[0].block) throw new Error(`nginx.conf: expected one server { }, found ${servers.length}`);
    this.server = servers[0].block;
    this.locations = this.server
      .filter((d) => d.name === 'location' && !d.args[0]?.startsWith('@'))
      .map((d) => {
        const [first, second] = d.args;
        const modifier = (second === undefined ? '' : first) as Location['modifier'];
        const pattern = second === undefined ? first : second;
        if (!['=', '^~', '~', '~*', ''].includes(modifier)) throw new Error(`nginx.conf:${d.line}: unknown location modifier ${modifier}`);
        const regex = modifier === '~' || modifier === '~*' ? new RegExp(pattern, modifier === '~*' ? 'i' : '') : undefined;
        return { modifier, pattern, regex, body: d.block ?? [], line: d.line };
      });
  }

  /** The upstream name → its `server` addresses. */
  upstreams(): Record<string, string[]> {
    return Object.fromEntries(
      this.http
        .filter((d) => d.name === 'upstream')
        .map((d) => [d.args[0], (d.block ?? []).filter((s) => s.name === 'server').map((s) => s.args[0])]),
    );
  }

  directive(scope: Directive[], name: string): Directive | undefined {
    return scope.find((d) => d.name === name);
  }

  /** nginx's choice: exact match; else the longest prefix, unless ^~ or a regex (in order) wins. */
  select(path: string): { location: Location; captures: RegExpExecArray | null } {
    const exact = this.locations.find((l) => l.modifier === '=' && l.pattern === path);
    if (exact) return { location: exact, captures: null };
    const prefix = this.locations
      .filter((l) => (l.modifier === '' || l.modifier === '^~') && path.startsWith(l.pattern))
      .sort((a, b) => b.pattern.length - a.pattern.length)[0];
    if (prefix?.modifier !== '^~') {
      for (const l of this.locations) {
        const captures = l.regex?.exec(path) ?? null;
        if (captures) return { location: l, captures };
      }
    }
    if (!prefix) throw new Error(`nginx.conf: no location matches ${path}`);
    return { location: prefix, captures: null };
  }

  /** What happens to a request for `path`: proxied (to which upstream, with which URI), answered, or served from files. */
  route(path: string, hops = 0): Outcome {
    if (hops > 10) throw new Error(`nginx.conf: rewrite loop for ${path}`);
    const { location, captures } = this.select(path);
    const where = `${location.modifier} ${location.pattern}`.trim();
    let uri = path;
    let groups = captures;
    const substitute = (template: string) =>
      template.replace(/\$(\d)|\$\{?([A-Za-z_]\w*)\}?/g, (_m, digit?: string, variable?: string) => {
        if (variable) throw new Error(`nginx.conf:${location.line}: the test's model does not expand $${variable}; extend it`);
        return groups?.[Number(digit)] ?? '';
      });
    let rewriting = true;
    for (const d of location.body) {
      if (rewriting && d.name === 'return') {
        const [code, text] = d.args;
        return { kind: 'return', status: Number(code), text: text === undefined ? undefined : substitute(text), location: where };
      }
      if (rewriting && d.name === 'rewrite') {
        const [pattern, replacement, flag] = d.args;
        const match = new RegExp(pattern).exec(uri);
        if (!match) continue;
        groups = match;
        const target = substitute(replacement);
        if (flag === 'redirect' || flag === 'permanent') {
          return { kind: 'return', status: flag === 'permanent' ? 301 : 302, text: target, location: where };
        }
        if (flag === 'last') return this.route(target, hops + 1);
        if (flag !== 'break') throw new Error(`nginx.conf:${d.line}: rewrite without break/last is not modelled; add a flag`);
        uri = target;
        rewriting = false;
      }
      if (rewriting && (d.name === 'if' || d.name === 'set')) {
        throw new Error(`nginx.conf:${d.line}: the test's model does not evaluate "${d.name}"; extend it or avoid it`);
      }
    }
    const root = this.directive(location.body, 'root');
    const tryFiles = this.directive(location.body, 'try_files');
    if (root && tryFiles) return { kind: 'static', root: root.args[0], tryFiles: tryFiles.args, location: where };
    const proxyPass = this.directive(location.body, 'proxy_pass');
    if (!proxyPass) throw new Error(`nginx.conf: location ${where} neither proxies nor returns`);
    const target = /^https?:\/\/([^/$]+)(\/.*)?$/.exec(proxyPass.args[0]);
    if (!target) throw new Error(`nginx.conf:${proxyPass.line}: proxy_pass ${proxyPass.args[0]} is not modelled (no variables)`);
    const [, upstream, uriPart] = target;
    if (uriPart !== undefined) {
      if (location.modifier !== '' && location.modifier !== '^~') {
        throw new Error(`nginx.conf:${proxyPass.line}: a URI in proxy_pass inside a regex location is not valid nginx`);
      }
      if (rewriting) uri = uriPart + uri.slice(location.pattern.length);
    }
    return { kind: 'proxy', upstream, uri, location: where };
  }
}

export const nginx = new NginxModel(parseNginx(readFileSync(NGINX_CONF, 'utf8')));

/** The compose service behind an nginx upstream (the host of its one server), and its port. */
export function backendOf(upstream: string): { service: string; port: string } {
  const servers = nginx.upstreams()[upstream] ?? [upstream];
  if (servers.length !== 1) throw new Error(`nginx upstream ${upstream} should have exactly one server, has ${servers.length}`);
  const [host, port = '80'] = servers[0].split(':');
  return { service: host, port };
}

export function proxiedTo(path: string): { service: string; uri: string } {
  const outcome = nginx.route(path);
  if (outcome.kind === 'static') throw new Error(`${path} is served from files (${outcome.root}), not proxied`);
  if (outcome.kind !== 'proxy') throw new Error(`${path} is answered by nginx itself (${outcome.status}), not proxied`);
  return { service: backendOf(outcome.upstream).service, uri: outcome.uri };
}

export function findOnPath(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, binary);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

