import type { AgencySpec, PostSpec } from './build-tree';
import { agencyOffice, division, jf, post, secretariat, section, staff } from './demo-spec';

/**
 * The demo province (fictional): Sekretariat Daerah under the Sekda (JPT Madya) with two
 * Asisten and their Biro, plus five dinas/badan headed by JPT Pratama, down to seksi and
 * subbagian level, with pelaksana staff and functional (JF) posts.
 * Keys name the posts the demo accounts and edge cases refer to.
 */
const ROOT = 'PEMPROV';

const setda: PostSpec[] = [
  post('PRATAMA', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', {
    unit: ['SETDA-AS1', 'Asisten Pemerintahan dan Kesejahteraan Rakyat'],
    sub: [
      post('PRATAMA', 'Kepala Biro Pemerintahan dan Otonomi Daerah', {
        unit: ['SETDA-PEM', 'Biro Pemerintahan dan Otonomi Daerah'],
        sub: [
          division('Bagian', 'SETDA-PEM-ADM', 'Administrasi Pemerintahan', [
            section('Subbagian', 'SETDA-PEM-TU', 'Tata Usaha Biro Pemerintahan', [staff('Pengadministrasi Perkantoran', 2)]),
            jf('Analis Kebijakan', 'AHLI_MUDA'),
          ]),
          division('Bagian', 'SETDA-PEM-OTDA', 'Otonomi Daerah dan Kerja Sama', [
            jf('Analis Kebijakan', 'AHLI_PERTAMA', 2),
            staff('Pengolah Data Kerja Sama Daerah'),
          ]),
        ],
      }),
    ],
  }),
  post('PRATAMA', 'Asisten Administrasi Umum', {
    unit: ['SETDA-AS3', 'Asisten Administrasi Umum'],
    sub: [
      post('PRATAMA', 'Kepala Biro Organisasi', {
        unit: ['SETDA-ORG', 'Biro Organisasi'],
        sub: [
          division('Bagian', 'SETDA-ORG-KLB', 'Kelembagaan dan Analisis Jabatan', [jf('Analis Kebijakan', 'AHLI_MUDA'), jf('Analis Kebijakan', 'AHLI_PERTAMA', 2)]),
          division('Bagian', 'SETDA-ORG-RB', 'Reformasi Birokrasi dan Akuntabilitas Kinerja', [jf('Analis Kebijakan', 'AHLI_PERTAMA'), staff('Pengolah Data Akuntabilitas Kinerja')]),
        ],
      }),
      post('PRATAMA', 'Kepala Biro Umum', {
        unit: ['SETDA-UMUM', 'Biro Umum'],
        sub: [
          division('Bagian', 'SETDA-UMUM-TU', 'Tata Usaha Pimpinan', [section('Subbagian', 'SETDA-UMUM-PROT', 'Protokol', [staff('Pengadministrasi Protokol', 2)])]),
          division('Bagian', 'SETDA-UMUM-RT', 'Rumah Tangga', [
            section('Subbagian', 'SETDA-UMUM-PERL', 'Perlengkapan', [staff('Pengelola Barang Milik Daerah'), staff('Pengemudi')]),
          ]),
        ],
      }),
    ],
  }),
];

const education = agencyOffice('DISDIK', 'Dinas Pendidikan', 'EDU', ROOT, [
  secretariat('DISDIK-SEK', 'Dinas Pendidikan', [
    section('Subbagian', 'DISDIK-SEK-UMPEG', 'Umum dan Kepegawaian', [
      staff('Pengelola Data Kepegawaian', 1, {
        key: 'operator',
        role: 'OPERATOR',
        operatorOf: 'DISDIK',
        field: 'IT',
        person: { name: 'Hendra Gunawan, S.Kom.', gender: 'MALE', birthDate: '1988-07-30', appointment: '2011-04', rank: 'III/b' },
      }),
      staff('Pengadministrasi Umum'),
    ]),
    section('Subbagian', 'DISDIK-SEK-KEU', 'Keuangan dan Aset', [staff('Bendahara', 1, { field: 'FIN' }), staff('Pengelola Keuangan', 1, { field: 'FIN' })]),
    jf('Perencana', 'AHLI_PERTAMA', 1, { key: 'transferOld', since: '2025-07-01', field: 'PLAN', note: 'Mutasi masuk dari Kabupaten Sukamaju per 1 Juli 2025.' }),
  ]),
  division('Bidang', 'DISDIK-SMA', 'Pembinaan SMA', [
    section('Seksi', 'DISDIK-SMA-KUR', 'Kurikulum dan Penilaian SMA', [staff('Pengelola Data Kurikulum'), staff('Penyusun Bahan Evaluasi Pembelajaran')], {
      key: 'vacantKasi',
      vacant: true,
    }),
    section('Seksi', 'DISDIK-SMA-PD', 'Peserta Didik dan Pembangunan Karakter', [staff('Pengelola Data Peserta Didik', 2)]),
    jf('Pengembang Teknologi Pembelajaran', 'AHLI_MUDA'),
  ]),
  division('Bidang', 'DISDIK-SMK', 'Pembinaan SMK', [
    section('Seksi', 'DISDIK-SMK-KUR', 'Kurikulum SMK', [staff('Pengelola Data Kurikulum', 2)]),
    section('Seksi', 'DISDIK-SMK-SAR', 'Sarana dan Prasarana SMK', [staff('Pengelola Sarana dan Prasarana', 2)]),
  ]),
  division('Bidang', 'DISDIK-GTK', 'Guru dan Tenaga Kependidikan', [
    section('Seksi', 'DISDIK-GTK-PEND', 'Pendidik', [staff('Pengolah Data Pendidik', 2)], { key: 'pltHolder' }),
    jf('Analis SDM Aparatur', 'AHLI_MUDA', 1, { field: 'HR' }),
  ]),
]);

const health = agencyOffice(
  'DINKES',
  'Dinas Kesehatan',
  'HEALTH',
  ROOT,
  [
    secretariat('DINKES-SEK', 'Dinas Kesehatan', [
      section('Subbagian', 'DINKES-SEK-UMPEG', 'Umum dan Kepegawaian', [staff('Pengadministrasi Kepegawaian', 2)]),
      section('Subbagian', 'DINKES-SEK-PK', 'Program dan Keuangan', [staff('Penyusun Program Anggaran', 1, { field: 'PLAN' }), staff('Bendahara', 1, { field: 'FIN' })]),
      jf('Perencana', 'AHLI_MUDA', 1, { field: 'PLAN' }),
    ]),
    division('Bidang', 'DINKES-P2P', 'Pencegahan dan Pengendalian Penyakit', [
      section(
        'Seksi',
        'DINKES-P2P-SURV',
        'Surveilans dan Imunisasi',
        [
          staff('Pengelola Data Surveilans', 1, {
            key: 'staff',
            person: { name: 'Siti Rahmawati, A.Md.Kes.', gender: 'FEMALE', birthDate: '1993-11-08', appointment: '2017-03', rank: 'II/c' },
          }),
          staff('Pengadministrasi Imunisasi'),
          jf('Epidemiolog Kesehatan', 'AHLI_PERTAMA'),
        ],
        { key: 'kasi', person: { name: 'Agus Hermawan, S.K.M., M.Kes.', gender: 'MALE', birthDate: '1981-06-21', appointment: '2006-01', rank: 'III/d' } },
      ),
      section('Seksi', 'DINKES-P2P-PM', 'Pencegahan Penyakit Menular', [staff('Pengelola Program Pencegahan Penyakit', 2)]),
      jf('Epidemiolog Kesehatan', 'AHLI_MUDA'),
    ]),
    division('Bidang', 'DINKES-YANKES', 'Pelayanan Kesehatan', [
      section('Seksi', 'DINKES-YANKES-PRI', 'Pelayanan Kesehatan Primer', [staff('Pengelola Layanan Kesehatan'), jf('Perawat', 'TERAMPIL')]),
      section('Seksi', 'DINKES-YANKES-RUJ', 'Pelayanan Kesehatan Rujukan', [staff('Pengelola Layanan Rujukan', 2)]),
    ]),
    division('Bidang', 'DINKES-KESMAS', 'Kesehatan Masyarakat', [
      section('Seksi', 'DINKES-KESMAS-GIZI', 'Gizi dan Kesehatan Ibu dan Anak', [jf('Nutrisionis', 'AHLI_PERTAMA'), staff('Pengolah Data Gizi')]),
      section('Seksi', 'DINKES-KESMAS-PROMKES', 'Promosi Kesehatan', [jf('Penyuluh Kesehatan Masyarakat', 'AHLI_PERTAMA'), staff('Pengelola Media Promosi Kesehatan')]),
    ]),
  ],
  { key: 'kadis', person: { name: 'dr. Ratna Dewi Anggraini, M.Kes.', gender: 'FEMALE', birthDate: '1972-09-03', appointment: '1999-02', rank: 'IV/b' } },
);

const civilService = agencyOffice('BKD', 'Badan Kepegawaian Daerah', 'HR', ROOT, [
  secretariat('BKD-SEK', 'Badan Kepegawaian Daerah', [
    section('Subbagian', 'BKD-SEK-UMUM', 'Umum dan Kepegawaian', [staff('Pengadministrasi Umum', 2)]),
    section('Subbagian', 'BKD-SEK-PK', 'Program dan Keuangan', [staff('Pengelola Keuangan', 1, { field: 'FIN' })]),
  ]),
  division('Bidang', 'BKD-PPI', 'Pengadaan, Pemberhentian dan Informasi', [
    jf('Analis SDM Aparatur', 'AHLI_MUDA'),
    jf('Analis SDM Aparatur', 'AHLI_PERTAMA', 2),
    jf('Pranata Komputer', 'AHLI_PERTAMA', 1, {
      key: 'admin',
      role: 'ADMIN',
      field: 'IT',
      person: { name: 'Dewi Kartika Sari, S.Kom.', gender: 'FEMALE', birthDate: '1990-02-17', appointment: '2014-12', rank: 'III/b' },
    }),
    section('Subbidang', 'BKD-PPI-DATA', 'Data dan Informasi Kepegawaian', [staff('Pengelola Data Kepegawaian', 2)]),
  ]),
  division('Bidang', 'BKD-PKA', 'Pengembangan Kompetensi Aparatur', [
    section('Subbidang', 'BKD-PKA-DIKLAT', 'Pendidikan dan Pelatihan', [staff('Pengelola Pelatihan', 2)]),
    jf('Analis SDM Aparatur', 'AHLI_MUDA'),
  ]),
  division('Bidang', 'BKD-PK', 'Penilaian Kinerja dan Penghargaan', [
    section('Subbidang', 'BKD-PK-KIN', 'Penilaian Kinerja', [staff('Pengolah Data Kinerja Pegawai', 2)]),
  ]),
]);

const planning = agencyOffice('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'PLAN', ROOT, [
  secretariat('BAPPEDA-SEK', 'Badan Perencanaan Pembangunan Daerah', [
    section('Subbagian', 'BAPPEDA-SEK-UMUM', 'Umum dan Kepegawaian', [staff('Pengadministrasi Umum', 2, { field: 'GOV' })]),
    jf('Perencana', 'AHLI_PERTAMA'),
  ]),
  division('Bidang', 'BAPPEDA-P2E', 'Perencanaan, Pengendalian dan Evaluasi', [
    jf('Perencana', 'AHLI_MUDA', 2),
    jf('Perencana', 'AHLI_PERTAMA', 1, { key: 'transferNew', since: '2025-07-01', note: 'Mutasi dari Dinas Pendidikan per 1 Juli 2025.' }),
    jf('Perencana', 'AHLI_PERTAMA'),
  ]),
  division('Bidang', 'BAPPEDA-EKO', 'Perekonomian dan Sumber Daya Alam', [
    section('Subbidang', 'BAPPEDA-EKO-PER', 'Perekonomian', [staff('Pengolah Data Perencanaan', 2)]),
    jf('Perencana', 'AHLI_MUDA'),
  ]),
  division('Bidang', 'BAPPEDA-PPM', 'Pemerintahan dan Pembangunan Manusia', [jf('Perencana', 'AHLI_MUDA'), jf('Perencana', 'AHLI_PERTAMA')]),
]);

const informatics = agencyOffice('DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'IT', ROOT, [
  secretariat('DISKOMINFO-SEK', 'Dinas Komunikasi dan Informatika', [
    section('Subbagian', 'DISKOMINFO-SEK-UMUM', 'Umum, Kepegawaian dan Keuangan', [staff('Pengadministrasi Umum', 1, { field: 'GOV' }), staff('Bendahara', 1, { field: 'FIN' })]),
  ]),
  division('Bidang', 'DISKOMINFO-APTIKA', 'Aplikasi Informatika', [
    jf('Pranata Komputer', 'AHLI_MADYA', 1, { key: 'teamLead', note: 'Ketua Tim Kerja Transformasi Digital.' }),
    jf('Pranata Komputer', 'AHLI_MUDA', 1, {
      key: 'superadmin',
      role: 'SUPERADMIN',
      person: { name: 'Rizky Pratama, S.Kom., M.T.', gender: 'MALE', birthDate: '1986-05-14', appointment: '2010-03', rank: 'III/d' },
    }),
    jf('Pranata Komputer', 'AHLI_PERTAMA', 1, { key: 'teamMember' }),
    jf('Pranata Komputer', 'AHLI_PERTAMA'),
    jf('Pranata Komputer', 'TERAMPIL', 1, { pppk: true }),
    section('Seksi', 'DISKOMINFO-APTIKA-EGOV', 'Layanan E-Government', [staff('Pengelola Layanan E-Government', 2)]),
  ]),
  division('Bidang', 'DISKOMINFO-IKP', 'Informasi dan Komunikasi Publik', [
    section('Seksi', 'DISKOMINFO-IKP-PIP', 'Pengelolaan Informasi Publik', [staff('Pengelola Informasi Publik', 2)]),
    jf('Pranata Hubungan Masyarakat', 'AHLI_MUDA'),
  ]),
  division('Bidang', 'DISKOMINFO-SANSTAT', 'Persandian dan Statistik', [jf('Statistisi', 'AHLI_PERTAMA'), jf('Sandiman', 'AHLI_PERTAMA')]),
]);

export const PROVINCE: AgencySpec = {
  code: 'PROV-NUSANTARA',
  name: 'Pemerintah Provinsi Nusantara Jaya',
  rootUnit: [ROOT, 'Pemerintah Provinsi Nusantara Jaya'],
  start: '2024-01-02',
  pppkShare: 0.15,
  posts: [
    post('MADYA', 'Sekretaris Daerah', {
      key: 'sekda',
      unit: ['SETDA', 'Sekretariat Daerah'],
      field: 'GOV',
      person: { name: 'Dr. Ir. Bambang Sutrisno, M.Si.', gender: 'MALE', birthDate: '1968-04-12', appointment: '1994-03', rank: 'IV/c' },
      sub: [...setda, education, health, civilService, planning, informatics],
    }),
  ],
};
