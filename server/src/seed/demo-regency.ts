import type { AgencySpec } from './build-tree';
import { agencyOffice, division, jf, post, secretariat, section, staff } from './demo-spec';

/** A second, small tenant (a regency) to show that agencies never see each other's data. */
const ROOT = 'PEMKAB';

export const REGENCY: AgencySpec = {
  code: 'KAB-SUKAMAJU',
  name: 'Pemerintah Kabupaten Sukamaju',
  rootUnit: [ROOT, 'Pemerintah Kabupaten Sukamaju'],
  start: '2024-01-02',
  pppkShare: 0.2,
  posts: [
    post('PRATAMA', 'Sekretaris Daerah', {
      unit: ['SETDA', 'Sekretariat Daerah'],
      field: 'GOV',
      sub: [
        division('Bagian', 'SETDA-ORG', 'Organisasi', [jf('Analis Kebijakan', 'AHLI_PERTAMA')]),
        agencyOffice('BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'HR', ROOT, [
          secretariat('BKPSDM-SEK', 'BKPSDM', [section('Subbagian', 'BKPSDM-SEK-UMUM', 'Umum dan Kepegawaian', [staff('Pengadministrasi Umum')])]),
          division('Bidang', 'BKPSDM-MUT', 'Mutasi dan Informasi Kepegawaian', [
            jf('Analis SDM Aparatur', 'AHLI_PERTAMA', 1, {
              key: 'admin',
              role: 'ADMIN',
              person: { name: 'Yohana Simanjuntak, S.H.', gender: 'FEMALE', birthDate: '1989-10-05', appointment: '2014-03', rank: 'III/b' },
            }),
            jf('Pranata Komputer', 'TERAMPIL', 1, { field: 'IT' }),
          ]),
        ]),
        agencyOffice('DISDIK', 'Dinas Pendidikan dan Kebudayaan', 'EDU', ROOT, [
          secretariat('DISDIK-SEK', 'Dinas Pendidikan dan Kebudayaan', [staff('Pengadministrasi Umum', 2)]),
        ]),
      ],
    }),
  ],
};
