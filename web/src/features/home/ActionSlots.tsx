import { Card } from '../../shared/ui/feedback';
import { PlansToApproveSlot } from '../approvals/PlansToApproveSlot';
import { DeadlinesSlot } from '../planning/DeadlinesSlot';

/**
 * "Perlu tindakan Anda": placeholders the later modules fill in. Each slot is a marked
 * seam — replace the placeholder with the module's own component (which owns its query):
 *
 * - SLOT plans-to-approve  (planning): SKP bawahan yang menunggu persetujuan (appraisers)
 * - SLOT entries-to-verify (logbook):  catatan harian bawahan yang menunggu verifikasi (appraisers)
 * - SLOT deadlines         (planning): batas pengisian periode SKP yang mendekat (everyone)
 */
function Placeholder({ slot, title, children }: { slot: string; title: string; children: string }) {
  return (
    <div data-slot={slot}>
      <Card title={title} slot>
        <p className="small muted">{children}</p>
      </Card>
    </div>
  );
}

export function ActionSlots({ isAppraiser }: { isAppraiser: boolean }) {
  return (
    <section aria-labelledby="home-actions">
      <h2 id="home-actions">Perlu tindakan Anda</h2>
      <div className="grid-cards">
        {/* SLOT plans-to-approve: filled by features/approvals */}
        {isAppraiser && <PlansToApproveSlot />}
        {/* SLOT entries-to-verify: filled by features/logbook */}
        {isAppraiser && (
          <Placeholder slot="entries-to-verify" title="Catatan harian untuk diverifikasi">
            Catatan harian dan bukti dukung bawahan yang perlu diverifikasi akan tampil di sini.
          </Placeholder>
        )}
        {/* SLOT deadlines: filled by features/planning */}
        <DeadlinesSlot />
      </div>
    </section>
  );
}
