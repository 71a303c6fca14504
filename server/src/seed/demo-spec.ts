import type { Field } from './names';
import { jfLevelTitle, type Level } from './people';
import type { PostSpec } from './build-tree';

/** Small constructors that keep the demo organisation readable. */
export const post = (level: Level, title: string, extra: Partial<PostSpec> = {}): PostSpec => ({ title, level, ...extra });

export const staff = (title: string, count = 1, extra: Partial<PostSpec> = {}): PostSpec => post('PELAKSANA', title, { count, ...extra });

export const jf = (title: string, level: Level, count = 1, extra: Partial<PostSpec> = {}): PostSpec =>
  post(level, `${title} ${jfLevelTitle(level)}`, { count, ...extra });

/** A pengawas post heading a seksi / subbagian / subbidang. */
export const section = (kind: 'Seksi' | 'Subbagian' | 'Subbidang', code: string, name: string, sub: PostSpec[], extra: Partial<PostSpec> = {}): PostSpec =>
  post('PENGAWAS', `Kepala ${kind} ${name}`, { unit: [code, `${kind} ${name}`], sub, ...extra });

/** An administrator post heading a bidang / bagian. */
export const division = (kind: 'Bidang' | 'Bagian', code: string, name: string, sub: PostSpec[], extra: Partial<PostSpec> = {}): PostSpec =>
  post('ADMINISTRATOR', `Kepala ${kind} ${name}`, { unit: [code, `${kind} ${name}`], sub, ...extra });

export const secretariat = (code: string, agency: string, sub: PostSpec[], extra: Partial<PostSpec> = {}): PostSpec =>
  post('ADMINISTRATOR', `Sekretaris ${agency}`, { unit: [code, `Sekretariat ${agency}`], sub, ...extra });

/** A dinas/badan headed by a JPT Pratama, hanging directly under the government's root unit. */
export const agencyOffice = (code: string, name: string, field: Field, under: string, sub: PostSpec[], extra: Partial<PostSpec> = {}): PostSpec =>
  post('PRATAMA', `Kepala ${name}`, { unit: [code, name], unitUnder: under, field, sub, ...extra });
