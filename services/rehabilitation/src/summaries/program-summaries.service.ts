import { Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import { seesEveryAgency, type CallerIdentity } from '@sinergi/platform';
import { PROGRAM_VISIBLE } from '../access/program-scope';

/** The programs of one agreement as the overview counts them. */
export interface AgreementPrograms {
  agreementId: string;
  total: number;
  /** Programs per status, each status in the order of its first program (by id), as a list shows them. */
  byStatus: Record<string, number>;
  /** Enrolments that were not dropped. */
  enrolled: number;
  completed: number;
}

/**
 * The programs of every agreement the caller sees, counted in one statement: the same programs as
 * `GET /programs?agreementId=` lists (whereProgramVisible), with the same counts per program.
 */
@Injectable()
export class ProgramSummaries {
  constructor(private readonly transactions: Transactions) {}

  /** `agreementId`: that agreement's programs only (the overview of one agreement). */
  async byAgreement(caller: CallerIdentity, agreementId?: string): Promise<AgreementPrograms[]> {
    const agency = seesEveryAgency(caller) ? null : caller.agencyCode;
    const rows = await this.transactions.manager.query<
      Array<{ agreementId: string; status: string; programs: number; enrolled: number; completed: number }>
    >(
      `SELECT p.agreement_id AS "agreementId", p.status, count(DISTINCT p.id)::int AS programs,
              count(e.id) FILTER (WHERE e.status <> 'DROPPED')::int AS enrolled,
              count(e.id) FILTER (WHERE e.status = 'COMPLETED')::int AS completed
         FROM program p LEFT JOIN enrollment e ON e.program_id = p.id
        WHERE ($1::text IS NULL OR ${PROGRAM_VISIBLE('p', '$1')})
          AND ($2::uuid IS NULL OR p.agreement_id = $2)
        GROUP BY p.agreement_id, p.status
        ORDER BY p.agreement_id, min(p.id::text COLLATE "C")`,
      [agency, agreementId ?? null],
    );
    const summaries = new Map<string, AgreementPrograms>();
    for (const row of rows) {
      let summary = summaries.get(row.agreementId);
      if (!summary) {
        summary = { agreementId: row.agreementId, total: 0, byStatus: {}, enrolled: 0, completed: 0 };
        summaries.set(row.agreementId, summary);
      }
      summary.total += row.programs;
      summary.byStatus[row.status] = row.programs;
      summary.enrolled += row.enrolled;
      summary.completed += row.completed;
    }
    return [...summaries.values()];
  }
}
