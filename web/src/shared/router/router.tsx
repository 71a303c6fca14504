import { useSyncExternalStore } from 'react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';

/**
 * A small hash router (`#/organisasi/unit/…`). Hash URLs need no server fallback, so
 * deep links work the same under `npm run dev` and when the API serves `web/dist`.
 */
export interface Location {
  path: string;
  query: URLSearchParams;
}

function readHash(): string {
  const raw = window.location.hash.replace(/^#/, '');
  return raw.startsWith('/') ? raw : `/${raw}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function parseLocation(href: string): Location {
  const [path = '/', search = ''] = href.split('?');
  return { path: path || '/', query: new URLSearchParams(search) };
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, readHash, () => '/');
  return parseLocation(href);
}

export function hrefFor(path: string): string {
  return `#${path}`;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    window.location.replace(hrefFor(path));
  } else {
    window.location.hash = path;
  }
}

/** Matches `/pegawai/:id` against a path; returns the decoded parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}

export interface Route {
  pattern: string;
  render: (params: Record<string, string>, location: Location) => ReactNode;
}

export function resolveRoute(routes: readonly Route[], location: Location): ReactNode | null {
  for (const route of routes) {
    const params = matchPath(route.pattern, location.path);
    if (params) return route.render(params, location);
  }
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, children, ...rest }: LinkProps) {
  const current = useLocation().path;
  return (
    <a href={hrefFor(to)} aria-current={current === to ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}

/** A nav link that is also current for sub-paths (`/organisasi` for `/organisasi/unit/1`). */
export function NavLink({ to, children, ...rest }: LinkProps) {
  const current = useLocation().path;
  const active = current === to || (to !== '/' && current.startsWith(`${to}/`));
  return (
    <a href={hrefFor(to)} aria-current={active ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}

export function pathWithQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}
