import { PlansToApproveSlot } from '../approvals/PlansToApproveSlot';
import { EntriesToVerifySlot } from '../logbook/EntriesToVerifySlot';
import { DeadlinesSlot } from '../planning/DeadlinesSlot';

/**
 * "Perlu tindakan Anda": each slot is a marked seam filled by its module's own component
 * (which owns its query):
 *
 * - SLOT plans-to-approve  (planning): SKP bawahan yang menunggu persetujuan (appraisers)
 * - SLOT entries-to-verify (logbook):  catatan harian bawahan yang menunggu verifikasi (appraisers)
 * - SLOT deadlines         (planning): batas pengisian periode SKP yang mendekat (everyone)
 */
export function ActionSlots({ isAppraiser }: { isAppraiser: boolean }) {
  return (
    <section aria-labelledby="home-actions">
      <h2 id="home-actions">Perlu tindakan Anda</h2>
      <div className="grid-cards">
        {/* SLOT plans-to-approve: filled by features/approvals */}
        {isAppraiser && <PlansToApproveSlot />}
        {/* SLOT entries-to-verify: filled by features/logbook */}
        {isAppraiser && <EntriesToVerifySlot />}
        {/* SLOT deadlines: filled by features/planning */}
        <DeadlinesSlot />
      </div>
    </section>
  );
}
