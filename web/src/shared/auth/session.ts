import { useSyncExternalStore } from 'react';

/**
 * The signed-in session: a bearer token and its expiry, kept in localStorage so a reload
 * keeps the user signed in. Other tabs follow through the `storage` event.
 */
const KEY = 'kinerja.session';

export interface Session {
  token: string;
  expiresAt: string | null;
}

const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.token !== 'string' || !value.token) return null;
    return { token: value.token, expiresAt: typeof value.expiresAt === 'string' ? value.expiresAt : null };
  } catch {
    return null;
  }
}

function isExpired(session: Session, now = Date.now()): boolean {
  return session.expiresAt != null && Date.parse(session.expiresAt) <= now;
}

export function getSession(): Session | null {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    raw = null;
  }
  if (raw !== cached.raw) cached = { raw, session: parse(raw) };
  const session = cached.session;
  return session && !isExpired(session) ? session : null;
}

export function getToken(): string | null {
  return getSession()?.token ?? null;
}

function emit(): void {
  for (const listener of listeners) listener();
}

export function setSession(session: Session): void {
  window.localStorage.setItem(KEY, JSON.stringify(session));
  emit();
}

export function clearSession(): void {
  window.localStorage.removeItem(KEY);
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, () => null);
}
