import { Injectable, NotFoundException } from '@nestjs/common';
import { currentCaller, DomainError } from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import { CASE_COLUMNS, type CaseRecord } from './case.model';
import { changeableBapas, readableBapas } from './case-scope';

/** Loads cases for the current caller: another BAPAS's case is answered as absent. */
@Injectable()
export class CaseAccess {
  async findVisible(manager: EntityManager, caseId: string): Promise<CaseRecord> {
    const bapas = readableBapas(currentCaller());
    const [found] = await manager.query<CaseRecord[]>(
      `SELECT ${CASE_COLUMNS} FROM reintegration_case WHERE id = $1 AND ($2::text IS NULL OR bapas_code = $2)`,
      [caseId, bapas],
    );
    if (!found) throw new NotFoundException(`case ${caseId} not found`);
    return found;
  }

  /** Locks an OPEN case the caller may change; a closed case is a 409 naming its status. */
  async lockOpenForChange(manager: EntityManager, caseId: string): Promise<CaseRecord> {
    await this.findVisible(manager, caseId);
    const changeable = changeableBapas(currentCaller());
    const [locked] = await manager.query<CaseRecord[]>(
      `SELECT ${CASE_COLUMNS} FROM reintegration_case
        WHERE id = $1 AND ($2::text IS NULL OR bapas_code = $2) FOR UPDATE`,
      [caseId, changeable],
    );
    if (!locked) throw new NotFoundException(`case ${caseId} not found`);
    if (locked.status !== 'OPEN')
      throw new DomainError('case.closed', `case ${caseId} is ${locked.status}; a closed case cannot change`);
    return locked;
  }
}
