import { DomainError } from '@sinergi/platform';
import { Injectable } from '@nestjs/common';
import { Transactions } from '@sinergi/messaging';
import { KnownAgency } from './known-agency.entity';
import { KnownAgreement } from './known-agreement.entity';

export const FacilityKinds = ['LAPAS', 'RUTAN'];

/** Look-ups in the read models of the agreements service's data. */
@Injectable()
export class ReferenceData {
  constructor(private readonly transactions: Transactions) {}

  agreement(id: string): Promise<KnownAgreement | null> {
    return this.transactions.manager.findOne(KnownAgreement, { where: { id } });
  }

  /** 409 unless `code` is a registered agency of one of `kinds`. */
  async requireAgencyOfKind(code: string, kinds: string[], field: string): Promise<KnownAgency> {
    const agency = await this.transactions.manager.findOne(KnownAgency, { where: { code } });
    if (!agency) throw new DomainError('agency.unknown', `${field}: agency ${code} is not known yet`);
    if (!kinds.includes(agency.kind))
      throw new DomainError(
        'agency.wrong-kind',
        `${field}: agency ${code} is a ${agency.kind}, not a ${kinds.join(' or ')}`,
      );
    return agency;
  }
}
