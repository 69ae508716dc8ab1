import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { maskNik, nikProblem, ParticipantRegisteredV1, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import {
  type CallerIdentity,
  Clock,
  DomainError,
  hasRole,
  InvalidInputException,
  type ListQuery,
  type Page,
  personColumns,
  personOf,
  Roles,
  toPage,
} from '@sinergi/platform';
import { MoreThan, MoreThanOrEqual, QueryFailedError, type EntityManager } from 'typeorm';
import { isOwnFacility, isPlatformAdmin } from '../access/facility-scope';
import { FacilityKinds, ReferenceData } from '../reference-data/reference-data.service';
import type { NikView, ParticipantQuery } from './dto/participant-query.dto';
import type { RegisterParticipantDto } from './dto/register-participant.dto';
import { NikVault } from './nik-vault';
import { mayReadParticipant, maySeePersonalData } from './participant-access';
import { Participant } from './participant.entity';
import { accessView, PersonalDataAccess, type PersonalDataAccessView } from './personal-data-access.entity';

export interface ParticipantView {
  id: string;
  registrationNumber: string;
  nik: string;
  fullName: string;
  sex: string;
  birthDate: string | null;
  /** True when nik, fullName and birthDate are masked for this caller. */
  personalDataMasked: boolean;
  /** True when nik is masked and birthDate withheld (for this caller, or on request with `nik=masked`). */
  nikMasked: boolean;
  facilityCode: string;
  expectedReleaseDate: string | null;
  status: string;
  releaseDate: string | null;
  releaseType: string | null;
  bapasCode: string | null;
  domicileRegionCode: string | null;
  createdAt: Date;
}

/** How a read presents the NIK: through which route, and whether the caller asked it masked. */
export interface ReadOptions {
  route: string;
  nik?: NikView;
  /** The reason the caller gave to see the full NIK, kept in the access log. */
  reason?: string;
}

/** A participant's personal data in the clear, the birth date opened only when it is shown. */
export interface PersonalData {
  nik: string;
  fullName: string;
  birthDate: () => string;
}

export interface NikDisclosure {
  participantId: string;
  nik: string;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word[0]}.`)
    .join(' ');

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly referenceData: ReferenceData,
    private readonly vault: NikVault,
    private readonly clock: Clock,
  ) {}

  async register(
    caller: CallerIdentity,
    input: RegisterParticipantDto,
    route: string,
  ): Promise<ParticipantView> {
    const problem = nikProblem(input.nik, input.birthDate, input.sex);
    if (problem) throw new InvalidInputException([{ field: 'nik', message: problem }]);
    if (!isPlatformAdmin(caller) && !isOwnFacility(caller, input.facilityCode))
      throw new ForbiddenException('program-officers register participants only in their own facility');
    try {
      return await this.transactions.run(async () => {
        await this.referenceData.requireAgencyOfKind(input.facilityCode, FacilityKinds, 'facilityCode');
        const id = uuidv7();
        // A NIK registered before is refused by nik_hash's unique index (duplicateAsConflict).
        const nikHash = this.vault.lookupHash(input.nik);
        const encrypted = this.vault.encrypt(input.nik, id);
        const participant: Participant = {
          id,
          registrationNumber: input.registrationNumber,
          facilityCode: input.facilityCode,
          nikCiphertext: encrypted.ciphertext,
          nikIv: encrypted.iv,
          nikAuthTag: encrypted.authTag,
          nikKeyId: encrypted.keyId,
          nikHash,
          fullNameSealed: this.vault.seal('fullName', input.fullName, id),
          sex: input.sex,
          birthDateSealed: this.vault.seal('birthDate', input.birthDate, id),
          expectedReleaseDate: input.expectedReleaseDate ?? null,
          status: 'INCARCERATED',
          releaseDate: null,
          releaseType: null,
          bapasCode: null,
          domicileRegionCode: null,
          createdAt: this.clock.now(),
        };
        // Its answer is not read: a NIK or number registered before fails the commit (duplicateAsConflict).
        this.transactions.atCommit({
          text: `INSERT INTO participant (id, registration_number, facility_code, nik_ciphertext, nik_iv, nik_auth_tag,
                                          nik_key_id, nik_hash, full_name_sealed, sex, birth_date_sealed,
                                          expected_release_date, status, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          values: [
            participant.id,
            participant.registrationNumber,
            participant.facilityCode,
            participant.nikCiphertext,
            participant.nikIv,
            participant.nikAuthTag,
            participant.nikKeyId,
            participant.nikHash,
            participant.fullNameSealed,
            participant.sex,
            participant.birthDateSealed,
            participant.expectedReleaseDate,
            participant.status,
            participant.createdAt,
          ],
        });
        await this.events.publish(ParticipantRegisteredV1, id, { facilityCode: participant.facilityCode });
        // Shown from what was given: no need to open what was just sealed.
        const known = { nik: input.nik, fullName: input.fullName, birthDate: () => input.birthDate };
        const [view] = this.present(caller, [participant], { route }, [known]);
        return view;
      });
    } catch (error) {
      throw duplicateAsConflict(error);
    }
  }

  async list(caller: CallerIdentity, query: ParticipantQuery, route: string): Promise<Page<ParticipantView>> {
    const manager = this.transactions.manager;
    const qb = manager
      .createQueryBuilder(Participant, 'p')
      .orderBy('p.id', 'ASC')
      .take(query.limit + 1);
    if (!isPlatformAdmin(caller) && !hasRole(caller, Roles.auditor)) {
      // Own facility's inmates for program-officers, supervised people for probation-officers;
      // one condition per role held, so each reads its own index in id order.
      const scopes = [
        ...(hasRole(caller, Roles.programOfficer) ? ['p.facility_code = :agency'] : []),
        ...(hasRole(caller, Roles.probationOfficer) ? ['p.bapas_code = :agency'] : []),
      ];
      qb.andWhere(scopes.length > 0 ? `(${scopes.join(' OR ')})` : 'false', { agency: caller.agencyCode });
    }
    if (query.facilityCode)
      qb.andWhere('p.facility_code = :facilityCode', { facilityCode: query.facilityCode });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.cursor) qb.andWhere('p.id > :cursor', { cursor: query.cursor });
    if (query.updatedSince) qb.andWhere('p.updated_at >= :since', { since: query.updatedSince });
    const page = toPage(await qb.getMany(), query.limit);
    return this.transactions.run(async () => ({
      ...page,
      items: this.present(caller, page.items, { route, nik: query.nik }),
    }));
  }

  get(caller: CallerIdentity, id: string, options: ReadOptions): Promise<ParticipantView> {
    return this.transactions.run(async (manager) => {
      const participant = await this.findReadable(manager, caller, id);
      const [view] = this.present(caller, [participant], options);
      return view;
    });
  }

  /**
   * The full NIK for a caller who may see it, with the reason they gave, recorded in the access log
   * in the same transaction. A caller who may read the participant only masked (an auditor) → 403.
   */
  discloseNik(caller: CallerIdentity, id: string, reason: string, route: string): Promise<NikDisclosure> {
    return this.transactions.run(async (manager) => {
      const participant = await this.findReadable(manager, caller, id);
      if (!maySeePersonalData(caller, participant))
        throw new ForbiddenException(
          'only platform-admins, and program- and probation-officers within their scope, see the full NIK',
        );
      const [view] = this.present(caller, [participant], { route, reason });
      return { participantId: view.id, nik: view.nik };
    });
  }

  /** One page of the log, oldest first (ids are time-ordered): a participant read often has a long one. */
  async accessLog(
    caller: CallerIdentity,
    id: string,
    query: ListQuery,
  ): Promise<Page<PersonalDataAccessView>> {
    if (!isPlatformAdmin(caller) && !hasRole(caller, Roles.auditor))
      throw new ForbiddenException('only auditors and platform-admins read the personal data access log');
    const manager = this.transactions.manager;
    await this.findReadable(manager, caller, id);
    const entries = await manager.find(PersonalDataAccess, {
      where: {
        participantId: id,
        ...(query.cursor ? { id: MoreThan(query.cursor) } : {}),
        // Entries are never changed: "changed since" is "recorded since".
        ...(query.updatedSince ? { accessedAt: MoreThanOrEqual(new Date(query.updatedSince)) } : {}),
      },
      order: { id: 'ASC' },
      take: query.limit + 1,
    });
    return toPage(entries.map(accessView), query.limit);
  }

  async findReadable(manager: EntityManager, caller: CallerIdentity, id: string): Promise<Participant> {
    const participant = await manager.findOne(Participant, { where: { id } });
    if (!participant || !mayReadParticipant(caller, participant))
      throw new NotFoundException('participant not found');
    return participant;
  }

  /**
   * Views for the caller; every one showing the NIK unmasked is recorded in the access log by the
   * open transaction (Transactions.run), with its commit. With `nik=masked` the NIK is masked and the
   * birth date withheld (it gives away most of the NIK's digits) even for a caller who may see them,
   * and nothing is recorded.
   */
  present(
    caller: CallerIdentity,
    participants: Participant[],
    { route, nik: nikView, reason }: ReadOptions,
    known?: PersonalData[],
  ): ParticipantView[] {
    const views: ParticipantView[] = [];
    const accesses: PersonalDataAccess[] = [];
    const [userId, userName] = personColumns(personOf(caller));
    for (const [i, participant] of participants.entries()) {
      const { nik, fullName, birthDate } = known?.[i] ?? this.personalDataOf(participant);
      const unmasked = maySeePersonalData(caller, participant);
      const nikShown = unmasked && nikView !== 'masked';
      views.push({
        id: participant.id,
        registrationNumber: participant.registrationNumber,
        nik: nikShown ? nik : maskNik(nik),
        fullName: unmasked ? fullName : initials(fullName),
        sex: participant.sex,
        birthDate: nikShown ? birthDate() : null,
        personalDataMasked: !unmasked,
        nikMasked: !nikShown,
        facilityCode: participant.facilityCode,
        expectedReleaseDate: participant.expectedReleaseDate,
        status: participant.status,
        releaseDate: participant.releaseDate,
        releaseType: participant.releaseType,
        bapasCode: participant.bapasCode,
        domicileRegionCode: participant.domicileRegionCode,
        createdAt: participant.createdAt,
      });
      if (nikShown)
        accesses.push({
          id: uuidv7(),
          participantId: participant.id,
          clientId: caller.clientId,
          agencyCode: caller.agencyCode,
          userId,
          userName,
          route,
          reason: reason ?? null,
          accessedAt: this.clock.now(),
        });
    }
    // Written with the commit: an answer is given only once its access is recorded.
    if (accesses.length > 0)
      this.transactions.atCommit({
        text: `INSERT INTO personal_data_access (id, participant_id, client_id, agency_code, user_id, user_name,
                                                 route, reason, accessed_at)
               SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[],
                                    $7::text[], $8::text[], $9::timestamptz[])`,
        values: [
          accesses.map((a) => a.id),
          accesses.map((a) => a.participantId),
          accesses.map((a) => a.clientId),
          accesses.map((a) => a.agencyCode),
          accesses.map((a) => a.userId),
          accesses.map((a) => a.userName),
          accesses.map((a) => a.route),
          accesses.map((a) => a.reason),
          accesses.map((a) => a.accessedAt),
        ],
      });
    return views;
  }

  /** The NIK and full name opened from the row; the birth date only when it is shown. */
  private personalDataOf(participant: Participant): PersonalData {
    return {
      nik: this.vault.decrypt(
        {
          ciphertext: participant.nikCiphertext,
          iv: participant.nikIv,
          authTag: participant.nikAuthTag,
          keyId: participant.nikKeyId,
        },
        participant.id,
      ),
      fullName: this.vault.open('fullName', participant.fullNameSealed, participant.id),
      birthDate: () => this.vault.open('birthDate', participant.birthDateSealed, participant.id),
    };
  }
}

function duplicateAsConflict(error: unknown): unknown {
  const driverError =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: string; constraint?: string })
      : undefined;
  if (driverError?.code !== '23505') return error;
  return new DomainError(
    'participant.already-registered',
    driverError.constraint === 'participant_nik_hash_key'
      ? 'a participant with this NIK is already registered'
      : 'registrationNumber is already registered in this facility',
  );
}
