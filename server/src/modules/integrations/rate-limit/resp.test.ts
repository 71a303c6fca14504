import { describe, expect, it } from 'vitest';
import { encodeCommand, parseReply, RedisReplyError } from './resp';

describe('RESP parsing', () => {
  it.each([
    ['+OK\r\n', 'OK'],
    [':42\r\n', 42],
    ['$5\r\nhello\r\n', 'hello'],
    ['$-1\r\n', null],
    ['*3\r\n:1\r\n:0\r\n$2\r\n17\r\n', [1, 0, '17']],
    ['*-1\r\n', null],
  ])('parses %j', (wire, value) => {
    const r = parseReply(Buffer.from(wire), 0);
    expect(r?.value).toEqual(value);
    expect(r?.next).toBe(Buffer.byteLength(wire));
  });

  it('waits for incomplete replies', () => {
    for (const partial of ['+OK', '$5\r\nhel', '*2\r\n:1\r\n', '']) expect(parseReply(Buffer.from(partial), 0)).toBeNull();
  });

  it('returns errors as values', () => {
    expect(parseReply(Buffer.from('-NOSCRIPT missing\r\n'), 0)?.value).toBeInstanceOf(RedisReplyError);
  });

  it('encodes commands as bulk-string arrays', () => {
    expect(encodeCommand(['EVAL', 'é', 1]).toString()).toBe('*3\r\n$4\r\nEVAL\r\n$2\r\né\r\n$1\r\n1\r\n');
  });
});
