import type { ApiTokenScope, ApiTokenStatus } from '../../gql/graphql';

export const SCOPES: ApiTokenScope[] = ['READ_PLANS', 'READ_EVALUATIONS', 'READ_LOGBOOK', 'READ_ORG', 'WRITE_ATTENDANCE'];

export const scopeLabel: Record<ApiTokenScope, string> = {
  READ_PLANS: 'Baca SKP (RHK dan IKI)',
  READ_EVALUATIONS: 'Baca penilaian dan predikat',
  READ_LOGBOOK: 'Baca catatan harian, rencana aksi dan realisasi',
  READ_ORG: 'Baca organisasi (unit, jabatan, pegawai)',
  WRITE_ATTENDANCE: 'Tulis presensi (sistem kehadiran)',
};

export const tokenStatusLabel: Record<ApiTokenStatus, string> = { ACTIVE: 'Aktif', EXPIRED: 'Kedaluwarsa', REVOKED: 'Dicabut' };
export const tokenStatusTone: Record<ApiTokenStatus, 'success' | 'warning' | undefined> = { ACTIVE: 'success', EXPIRED: 'warning', REVOKED: undefined };
