import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Grade } from '../../contract/framework';
import type { InspectionItem, InspectionKind, SccifGrades } from '../../contract/records';
import { ServiceError } from '../../contract/result';

interface InspectionRow {
  id: number;
  home_id: number;
  inspected_on: string;
  kind: InspectionKind;
  experiences_and_progress: Grade | null;
  helped_and_protected: Grade | null;
  leaders_and_managers: Grade | null;
  interim_outcome: 'improved' | 'sustained' | 'declined' | null;
  report_url: string;
}
interface ItemRow {
  id: number;
  inspection_id: number;
  kind: 'requirement' | 'recommendation';
  regulation: string;
  text: string;
  comply_by: string | null;
  action_id: number | null;
}

export interface InspectionFields extends SccifGrades {
  inspectedOn: string;
  kind: InspectionKind;
  interimOutcome: InspectionRow['interim_outcome'];
  reportUrl: string;
}
export interface ItemFields {
  kind: 'requirement' | 'recommendation';
  regulation: string;
  text: string;
  complyBy: string | null;
}

export interface StoredInspection {
  id: number;
  inspectedOn: string;
  kind: InspectionKind;
  judgements: SccifGrades;
  interimOutcome: InspectionRow['interim_outcome'];
  reportUrl: string;
  items: InspectionItem[];
}

/** Ofsted inspections, with their requirements and recommendations. */
export function createOfstedRepository(db: Database) {
  const list = db.prepare<[number], InspectionRow>(
    'SELECT * FROM ofsted_inspections WHERE home_id = ? ORDER BY inspected_on DESC, id DESC',
  );
  const byId = db.prepare<[number], InspectionRow>('SELECT * FROM ofsted_inspections WHERE id = ?');
  const items = db.prepare<[number], ItemRow>(
    `SELECT i.*, (SELECT min(a.id) FROM actions a WHERE a.ofsted_item_id = i.id) AS action_id
     FROM ofsted_items i JOIN ofsted_inspections o ON o.id = i.inspection_id WHERE o.home_id = ?
     ORDER BY i.kind DESC, i.id`,
  );
  const item = db.prepare<[number], ItemRow & { home_id: number }>(
    `SELECT i.*, o.home_id, NULL AS action_id FROM ofsted_items i
     JOIN ofsted_inspections o ON o.id = i.inspection_id WHERE i.id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO ofsted_inspections (home_id, inspected_on, kind, experiences_and_progress, helped_and_protected,
       leaders_and_managers, interim_outcome, report_url)
     VALUES (@homeId, @inspectedOn, @kind, @experiencesAndProgress, @helpedAndProtected, @leadersAndManagers,
       @interimOutcome, @reportUrl)`,
  );
  const update = db.prepare(
    `UPDATE ofsted_inspections SET inspected_on = @inspectedOn, kind = @kind,
       experiences_and_progress = @experiencesAndProgress, helped_and_protected = @helpedAndProtected,
       leaders_and_managers = @leadersAndManagers, interim_outcome = @interimOutcome, report_url = @reportUrl
     WHERE id = @id`,
  );
  const insertItem = db.prepare(
    `INSERT INTO ofsted_items (inspection_id, kind, regulation, text, comply_by)
     VALUES (@inspectionId, @kind, @regulation, @text, @complyBy)`,
  );
  const updateItem = db.prepare(
    `UPDATE ofsted_items SET kind = @kind, regulation = @regulation, text = @text, comply_by = @complyBy
     WHERE id = @id`,
  );

  const toItem = (r: ItemRow): InspectionItem => ({
    id: r.id,
    kind: r.kind,
    regulation: r.regulation,
    text: r.text,
    complyBy: r.comply_by,
    actionId: r.action_id,
  });

  return {
    list(homeId: number): StoredInspection[] {
      const all = items.all(homeId);
      return list.all(homeId).map((r) => ({
        id: r.id,
        inspectedOn: r.inspected_on,
        kind: r.kind,
        judgements: {
          experiencesAndProgress: r.experiences_and_progress,
          helpedAndProtected: r.helped_and_protected,
          leadersAndManagers: r.leaders_and_managers,
        },
        interimOutcome: r.interim_outcome,
        reportUrl: r.report_url,
        items: all.filter((i) => i.inspection_id === r.id).map(toItem),
      }));
    },
    inspectionHome(id: number): number {
      const found = byId.get(id);
      if (!found) throw new ServiceError('not_found', 'That inspection no longer exists.');
      return found.home_id;
    },
    item(id: number) {
      const found = item.get(id);
      if (!found) throw new ServiceError('not_found', 'That requirement or recommendation no longer exists.');
      return { ...toItem(found), homeId: found.home_id, inspectionId: found.inspection_id };
    },
    save(homeId: number, id: number | undefined, f: InspectionFields): number {
      const full = f.kind === 'full';
      const values = {
        ...f,
        experiencesAndProgress: full ? f.experiencesAndProgress : null,
        helpedAndProtected: full ? f.helpedAndProtected : null,
        leadersAndManagers: full ? f.leadersAndManagers : null,
        interimOutcome: f.kind === 'interim' ? f.interimOutcome : null,
      };
      if (id === undefined) return Number(insert.run({ homeId, ...values }).lastInsertRowid);
      if (this.inspectionHome(id) !== homeId) {
        throw new ServiceError('not_found', 'That inspection no longer exists.');
      }
      update.run({ id, ...values });
      return id;
    },
    saveItem(inspectionId: number, id: number | undefined, f: ItemFields): void {
      if (id === undefined) {
        insertItem.run({ inspectionId, ...f });
        return;
      }
      if (this.item(id).inspectionId !== inspectionId) {
        throw new ServiceError('not_found', 'That requirement or recommendation no longer exists.');
      }
      updateItem.run({ id, ...f });
    },
  };
}
