import net from 'node:net';
import tls from 'node:tls';

/**
 * A minimal Redis client (RESP2 over one socket, pipelined, replies in order) so the
 * optional shared rate limit needs no extra dependency. Supports `redis://` and
 * `rediss://` URLs with user, password and database number. The socket is unref'd:
 * it never keeps the process alive.
 */
export type Reply = string | number | null | Reply[];

export class RedisReplyError extends Error {}

/** Parses one reply at `pos`; null when the buffer does not hold all of it yet. */
export function parseReply(buf: Buffer, pos: number): { value: Reply | RedisReplyError; next: number } | null {
  const eol = buf.indexOf('\r\n', pos);
  if (eol < 0) return null;
  const type = String.fromCharCode(buf[pos]);
  const line = buf.toString('utf8', pos + 1, eol);
  if (type === '+') return { value: line, next: eol + 2 };
  if (type === '-') return { value: new RedisReplyError(line), next: eol + 2 };
  if (type === ':') return { value: Number(line), next: eol + 2 };
  if (type === '$') {
    const len = Number(line);
    if (len < 0) return { value: null, next: eol + 2 };
    if (buf.length < eol + 2 + len + 2) return null;
    return { value: buf.toString('utf8', eol + 2, eol + 2 + len), next: eol + 2 + len + 2 };
  }
  if (type === '*') {
    const n = Number(line);
    if (n < 0) return { value: null, next: eol + 2 };
    const items: Reply[] = [];
    let at = eol + 2;
    for (let i = 0; i < n; i += 1) {
      const r = parseReply(buf, at);
      if (!r) return null;
      if (r.value instanceof RedisReplyError) return { value: r.value, next: r.next };
      items.push(r.value);
      at = r.next;
    }
    return { value: items, next: at };
  }
  throw new Error(`Unexpected Redis reply type ${JSON.stringify(type)}`);
}

export function encodeCommand(args: readonly (string | number)[]): Buffer {
  const parts = [`*${args.length}\r\n`];
  for (const a of args) {
    const s = String(a);
    parts.push(`$${Buffer.byteLength(s)}\r\n${s}\r\n`);
  }
  return Buffer.from(parts.join(''), 'utf8');
}

interface Pending {
  resolve: (v: Reply) => void;
  reject: (e: Error) => void;
}

export class MiniRedis {
  private socket: net.Socket | null = null;
  private buf: Buffer = Buffer.alloc(0);
  private pending: Pending[] = [];
  private readonly url: URL;

  constructor(url: string, private readonly timeoutMs = 1000) {
    this.url = new URL(url);
    if (this.url.protocol !== 'redis:' && this.url.protocol !== 'rediss:') throw new Error('REDIS_URL must start with redis:// or rediss://.');
  }

  private open(): net.Socket {
    const host = this.url.hostname || '127.0.0.1';
    const port = Number(this.url.port || 6379);
    const socket = this.url.protocol === 'rediss:' ? tls.connect({ host, port, servername: host }) : net.connect({ host, port });
    socket.setNoDelay(true);
    socket.unref();
    socket.on('data', (chunk) => this.onData(chunk));
    const fail = (err: Error) => this.failAll(socket, err);
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('Redis connection closed')));
    this.socket = socket;
    const pass = decodeURIComponent(this.url.password);
    const user = decodeURIComponent(this.url.username);
    if (pass) this.send(user ? ['AUTH', user, pass] : ['AUTH', pass]).catch(() => undefined);
    const db = Number(this.url.pathname.slice(1) || 0);
    if (db) this.send(['SELECT', db]).catch(() => undefined);
    return socket;
  }

  private failAll(socket: net.Socket, err: Error): void {
    if (this.socket !== socket) return;
    this.socket = null;
    this.buf = Buffer.alloc(0);
    const p = this.pending;
    this.pending = [];
    for (const x of p) x.reject(err);
    socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    let pos = 0;
    for (;;) {
      const r = parseReply(this.buf, pos);
      if (!r) break;
      pos = r.next;
      const p = this.pending.shift();
      if (!p) continue;
      if (r.value instanceof RedisReplyError) p.reject(r.value);
      else p.resolve(r.value);
    }
    this.buf = this.buf.subarray(pos);
  }

  private send(args: readonly (string | number)[]): Promise<Reply> {
    const socket = this.socket ?? this.open();
    return new Promise<Reply>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      socket.write(encodeCommand(args));
    });
  }

  /** Sends a command; rejects on a Redis error, a broken connection or a timeout. */
  command(args: readonly (string | number)[]): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error('Redis timeout'));
        if (this.socket) this.failAll(this.socket, new Error('Redis timeout'));
      }, this.timeoutMs);
      timer.unref();
      this.send(args).then(
        (v) => { clearTimeout(timer); resolve(v); },
        (e) => { clearTimeout(timer); reject(e); },
      );
    });
  }

  async close(): Promise<void> {
    const s = this.socket;
    this.socket = null;
    s?.destroy();
  }
}
