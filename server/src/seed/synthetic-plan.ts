import type { Field } from './names';
import { jfLevelTitle, makePerson, positionType, type Level, type NipRegistry } from './people';
import type { Rand } from './prng';
import type { TreeShape } from './synthetic-tree';
import type { AgencyPlan, PositionPlan, UnitPlan } from './write';

/**
 * Turns a synthetic tree shape into an agency plan: one position and one definitive
 * holder per node (so node i = position i = employee i). Managers down to depth 3 open
 * an org unit (dinas, bidang, seksi); deeper posts share their superior's unit.
 */
export const SYNTHETIC_START = '2024-01-02';
const OWN_UNIT_MAX_DEPTH = 3;
const PPPK_SHARE = 0.12;

const OFFICES: readonly (readonly [string, Field])[] = [
  ['Dinas Pendidikan', 'EDU'], ['Dinas Kesehatan', 'HEALTH'], ['Dinas Komunikasi dan Informatika', 'IT'],
  ['Badan Perencanaan Pembangunan Daerah', 'PLAN'], ['Badan Kepegawaian Daerah', 'HR'], ['Badan Pengelolaan Keuangan dan Aset Daerah', 'FIN'],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 'PLAN'], ['Dinas Sosial', 'GOV'], ['Dinas Perhubungan', 'GOV'],
  ['Dinas Lingkungan Hidup', 'PLAN'], ['Dinas Pertanian dan Ketahanan Pangan', 'PLAN'], ['Dinas Pariwisata', 'GOV'],
];
const AREAS = [
  'Perencanaan dan Evaluasi', 'Pelayanan Publik', 'Data dan Informasi', 'Pengawasan dan Pengendalian', 'Pembinaan Teknis',
  'Hukum dan Kerja Sama', 'Sarana dan Prasarana', 'Pengembangan Kapasitas', 'Monitoring dan Pelaporan', 'Standardisasi',
  'Pemberdayaan Masyarakat', 'Kemitraan', 'Tata Kelola', 'Inovasi Layanan', 'Penganggaran',
];
const JF_BY_FIELD: Record<Field, readonly string[]> = {
  GOV: ['Analis Kebijakan', 'Arsiparis'],
  EDU: ['Pengembang Teknologi Pembelajaran', 'Analis Kebijakan'],
  HEALTH: ['Epidemiolog Kesehatan', 'Nutrisionis', 'Penyuluh Kesehatan Masyarakat'],
  HR: ['Analis SDM Aparatur', 'Asesor SDM Aparatur'],
  PLAN: ['Perencana', 'Analis Kebijakan'],
  IT: ['Pranata Komputer', 'Statistisi'],
  FIN: ['Analis Keuangan Pusat dan Daerah', 'Perencana'],
};
const SKILLED_JF = ['Pranata Komputer', 'Arsiparis', 'Statistisi', 'Pranata Hubungan Masyarakat'];
const PELAKSANA = [
  'Pengadministrasi Perkantoran', 'Penata Layanan Operasional', 'Operator Layanan Operasional', 'Pengolah Data dan Informasi',
  'Pengelola Layanan Operasional', 'Pengelola Keuangan', 'Pengelola Barang Milik Daerah', 'Penyusun Laporan Kinerja',
];

interface NodeInfo {
  unit: number;
  field: Field;
  unitName: string;
}

/** Units for managers down to depth 3, unique codes `SYN-3-1-4` by sibling order. */
function planUnits(rand: Rand, tree: TreeShape, rootName: string): { units: UnitPlan[]; nodes: NodeInfo[] } {
  const units: UnitPlan[] = [{ parent: null, code: 'SYN', name: rootName }];
  const nodes: NodeInfo[] = [{ unit: 0, field: 'GOV', unitName: rootName }];
  const unitChildren = new Map<number, number>();
  const offset = new Map<number, number>();
  for (let i = 1; i < tree.size; i++) {
    const up = nodes[tree.superior[i]];
    const d = tree.depth[i];
    const ownsUnit = d <= OWN_UNIT_MAX_DEPTH && (tree.children[i] > 0 || d === 1);
    if (!ownsUnit) {
      nodes.push({ ...up });
      continue;
    }
    const k = (unitChildren.get(up.unit) ?? 0) + 1;
    unitChildren.set(up.unit, k);
    if (!offset.has(up.unit)) offset.set(up.unit, rand.int(0, 100));
    const o = offset.get(up.unit)! + k;
    const [name, field] = d === 1 ? OFFICES[o % OFFICES.length] : [`${d === 2 ? 'Bidang' : 'Seksi'} ${AREAS[o % AREAS.length]}`, up.field];
    const unit = units.push({ parent: up.unit, code: `${units[up.unit].code}-${k}`, name }) - 1;
    nodes.push({ unit, field, unitName: name });
  }
  return { units, nodes };
}

function leafPost(rand: Rand, field: Field): { name: string; level: Level } {
  if (rand.chance(0.6)) return { name: rand.pick(PELAKSANA), level: 'PELAKSANA' };
  const r = rand.next();
  const level: Level = r < 0.5 ? 'AHLI_PERTAMA' : r < 0.7 ? 'AHLI_MUDA' : r < 0.9 ? 'TERAMPIL' : 'MAHIR';
  const title = level === 'TERAMPIL' || level === 'MAHIR' ? rand.pick(SKILLED_JF) : rand.pick(JF_BY_FIELD[field]);
  return { name: `${title} ${jfLevelTitle(level)}`, level };
}

function planPosition(rand: Rand, tree: TreeShape, i: number, node: NodeInfo): PositionPlan {
  const d = tree.depth[i];
  const superior = i === 0 ? null : tree.superior[i];
  const manager = tree.children[i] > 0;
  const at = (name: string, level: Level): PositionPlan => ({ unit: node.unit, superior, name, level, type: positionType(level) });
  if (d === 0) return at('Sekretaris Daerah', 'MADYA');
  if (d === 1) return at(`Kepala ${node.unitName}`, 'PRATAMA');
  if (manager && d <= OWN_UNIT_MAX_DEPTH) return at(`Kepala ${node.unitName}`, d === 2 ? 'ADMINISTRATOR' : 'PENGAWAS');
  if (manager) return at(`${rand.pick(JF_BY_FIELD[node.field])} Ahli Muda`, 'AHLI_MUDA');
  const leaf = leafPost(rand, node.field);
  return at(leaf.name, leaf.level);
}

/** Index of the synthetic agency's ADMIN: the first staff member at depth >= 2 (else the root). */
export function adminIndex(tree: TreeShape): number {
  for (let i = 0; i < tree.size; i++) if (tree.depth[i] >= 2 && tree.children[i] === 0) return i;
  return 0;
}

export function planSynthetic(rand: Rand, tree: TreeShape, nips: NipRegistry, code: string, name: string): AgencyPlan {
  const { units, nodes } = planUnits(rand, tree, name);
  const plan: AgencyPlan = { code, name, units, positions: [], employees: [], assignments: [], overrides: [] };
  const admin = adminIndex(tree);
  for (let i = 0; i < tree.size; i++) {
    const position = planPosition(rand, tree, i, nodes[i]);
    plan.positions.push(position);
    const pppk = position.type !== 'JPT' && tree.children[i] === 0 && rand.chance(PPPK_SHARE);
    const p = makePerson(rand, { level: position.level, field: nodes[i].field, pppk }, nips);
    plan.employees.push({
      nip: p.nip, name: p.name, rank: p.rank, employmentType: p.employmentType, gender: p.gender, birthDate: p.birthDate,
      role: i === admin ? 'ADMIN' : 'EMPLOYEE', operatorUnit: null,
    });
    plan.assignments.push({ employee: i, position: i, kind: 'DEFINITIVE', start: SYNTHETIC_START, end: null, note: null });
  }
  return plan;
}
