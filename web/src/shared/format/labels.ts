import type { AssignmentKind, EmploymentType, Gender, PositionLevel, PositionType, Role } from '../../gql/graphql';

/** Indonesian labels of the API's enums, in the regulation's words. */
export const positionTypeLabel: Record<PositionType, string> = {
  JPT: 'Jabatan Pimpinan Tinggi (JPT)',
  JA: 'Jabatan Administrasi (JA)',
  JF: 'Jabatan Fungsional (JF)',
};

export const positionTypeShort: Record<PositionType, string> = { JPT: 'JPT', JA: 'JA', JF: 'JF' };

export const positionLevelLabel: Record<PositionLevel, string> = {
  UTAMA: 'Utama',
  MADYA: 'Madya',
  PRATAMA: 'Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
};

/** Levels that fit each position type (the server checks this too). */
export const levelsByType: Record<PositionType, PositionLevel[]> = {
  JPT: ['UTAMA', 'MADYA', 'PRATAMA'],
  JA: ['ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA'],
  JF: ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'],
};

export const assignmentKindLabel: Record<AssignmentKind, string> = {
  DEFINITIVE: 'Definitif',
  PLT: 'PLT (Pelaksana Tugas)',
  PLH: 'PLH (Pelaksana Harian)',
};

export const assignmentKindShort: Record<AssignmentKind, string> = { DEFINITIVE: 'Definitif', PLT: 'PLT', PLH: 'PLH' };

export const roleLabel: Record<Role, string> = {
  SUPERADMIN: 'Superadmin nasional',
  ADMIN: 'Admin instansi',
  OPERATOR: 'Operator unit kerja',
  EMPLOYEE: 'Pegawai',
};

export const employmentTypeLabel: Record<EmploymentType, string> = { PNS: 'PNS', PPPK: 'PPPK' };

export const genderLabel: Record<Gender, string> = { MALE: 'Laki-laki', FEMALE: 'Perempuan' };

/** Admin screens to read: the agency admin, and the national superadmin (who reads everything). */
export function isAdminRole(role: Role): boolean {
  return role === 'ADMIN' || role === 'SUPERADMIN';
}

/**
 * Admin writes (periods, unlocks, tokens, top-level units, overrides, password resets): only
 * the agency's own admin. The superadmin "manages agencies; reads everything" and writes none
 * of an agency's data, so its admin screens are read-only.
 */
export function isAgencyAdmin(role: Role): boolean {
  return role === 'ADMIN';
}

/** Organisation screens: admins and operators maintain them; the superadmin reads them. */
export function canManageOrg(role: Role): boolean {
  return role === 'ADMIN' || role === 'SUPERADMIN' || role === 'OPERATOR';
}
