import { Injectable, NotFoundException } from '@nestjs/common';
import { BudgetOpenedV1, BudgetRevisedV1, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import {
  Clock,
  currentCaller,
  DomainError,
  type ListQuery,
  type Page,
  toPage,
  sibling,
} from '@sinergi/platform';
import { MoreThan, MoreThanOrEqual, QueryFailedError, Raw, type FindOptionsWhere } from 'typeorm';
import { BudgetAccess } from '../access/budget-access';
import { AgreementRegistry } from '../agreements/agreement-registry';
import type { Balances } from '../ledger/balances';
import { Ledger, actingClient } from '../ledger/ledger';
import { LedgerEntry, ledgerEntryView, type LedgerEntryView } from '../ledger/ledger-entry.entity';
import { Budget } from './budget.entity';
import type { BudgetListQuery } from './dto/budget-list.query';
import type { CreateBudgetDto } from './dto/create-budget.dto';
import type { ReviseBudgetDto } from './dto/revise-budget.dto';

export type BudgetView = Omit<Budget, 'createdBy'> & Balances;

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class Budgets {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly ledger: Ledger,
    private readonly access: BudgetAccess,
    private readonly agreements: AgreementRegistry,
    private readonly clock: Clock,
  ) {}

  async open(dto: CreateBudgetDto): Promise<BudgetView> {
    this.access.assertMayManage(currentCaller(), dto.ownerAgencyCode, 'open this budget');
    try {
      return await this.transactions.run(async (manager) => {
        const agreement = await this.agreements.find(dto.agreementId);
        if (!agreement) {
          throw new DomainError(
            'budget.unknown-agreement',
            `agreement ${dto.agreementId} is not known to budgeting (yet)`,
          );
        }
        if (!(await this.access.canSeeAgreement(currentCaller(), agreement.id))) {
          throw new NotFoundException(`agreement ${dto.agreementId} not found`);
        }
        if (!agreement.partyCodes.includes(dto.ownerAgencyCode)) {
          throw new DomainError(
            'budget.owner-not-party',
            `${dto.ownerAgencyCode} is not a party to agreement ${dto.agreementId}; only a party owns its budgets`,
          );
        }
        if (agreement.status === 'TERMINATED' || agreement.status === 'EXPIRED') {
          throw new DomainError(
            'agreement.invalid-state',
            `agreement ${dto.agreementId} is ${agreement.status}`,
          );
        }
        const budget = manager.create(Budget, {
          id: uuidv7(),
          agreementId: dto.agreementId,
          fiscalYear: dto.fiscalYear,
          source: dto.source,
          ownerAgencyCode: dto.ownerAgencyCode,
          autoApproveLimit: dto.autoApproveLimit ?? null,
          createdBy: actingClient(),
          createdAt: this.clock.now(),
        });
        await manager.insert(Budget, budget);
        await this.ledger.append({
          budgetId: budget.id,
          kind: 'CEILING_SET',
          amount: dto.ceiling,
          ceilingChange: dto.ceiling,
          reason: 'budget opened',
        });
        await this.events.publish(BudgetOpenedV1, budget.id, {
          agreementId: budget.agreementId,
          fiscalYear: budget.fiscalYear,
          source: budget.source,
          ceiling: dto.ceiling,
        });
        return this.view(budget);
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new DomainError(
          'budget.already-exists',
          `${dto.ownerAgencyCode} already has a ${dto.source} budget for agreement ${dto.agreementId} in ${dto.fiscalYear}`,
        );
      }
      throw error;
    }
  }

  revise(id: string, dto: ReviseBudgetDto): Promise<BudgetView> {
    return this.transactions.run(async () => {
      const budget = await this.findVisible(id);
      this.access.assertMayManage(currentCaller(), budget.ownerAgencyCode, 'revise this budget');
      const balances = await this.ledger.lockBalances(budget.id);
      if (dto.newCeiling < balances.allocated) {
        throw new DomainError(
          'budget.ceiling-below-allocated',
          `the new ceiling ${dto.newCeiling} is below the ${balances.allocated} already allocated`,
        );
      }
      await this.ledger.append({
        budgetId: budget.id,
        kind: 'CEILING_REVISED',
        amount: dto.newCeiling,
        ceilingChange: dto.newCeiling - balances.ceiling,
        reason: dto.reason,
      });
      await this.events.publish(BudgetRevisedV1, budget.id, {
        agreementId: budget.agreementId,
        fiscalYear: budget.fiscalYear,
        ceiling: dto.newCeiling,
      });
      return this.view(budget);
    });
  }

  async get(id: string): Promise<BudgetView> {
    return this.view(await this.findVisible(id));
  }

  async list(query: BudgetListQuery): Promise<Page<BudgetView>> {
    const agreements = await this.access.agreementFilter(currentCaller(), query.agreementId);
    if (agreements === null) return toPage([], query.limit);
    const where: FindOptionsWhere<Budget> = {};
    if (agreements) where.agreementId = agreements;
    if (query.fiscalYear !== undefined) where.fiscalYear = query.fiscalYear;
    if (query.cursor) where.id = MoreThan(query.cursor);
    if (query.updatedSince)
      // A budget changes through its ledger (ceiling revisions, allocations, disbursements).
      where.createdAt = Raw(
        (createdAt) =>
          `(${createdAt} >= :since OR EXISTS (SELECT 1 FROM ledger_entries l
             WHERE l.budget_id = ${sibling(createdAt, 'id')} AND l.recorded_at >= :since))`,
        { since: query.updatedSince },
      );
    const budgets = await this.transactions.manager.find(Budget, {
      where,
      order: { id: 'ASC' },
      take: query.limit + 1,
    });
    const balances = await this.ledger.balancesOf(budgets.map((b) => b.id));
    return toPage(
      budgets.map((b) => present(b, balances.get(b.id)!)),
      query.limit,
    );
  }

  /**
   * The budget's ledger in the order it was recorded (`seq`): ids come from each replica's clock,
   * so they need not follow that order. The cursor stays the last entry id seen.
   */
  async entries(id: string, query: ListQuery): Promise<Page<LedgerEntryView>> {
    await this.findVisible(id);
    const where: FindOptionsWhere<LedgerEntry> = { budgetId: id };
    if (query.cursor) {
      where.seq = Raw((seq) => `${seq} > (SELECT seq FROM ledger_entries WHERE id = :cursor)`, {
        cursor: query.cursor,
      });
    }
    if (query.updatedSince) where.recordedAt = MoreThanOrEqual(new Date(query.updatedSince));
    const rows = await this.transactions.manager.find(LedgerEntry, {
      where,
      order: { seq: 'ASC' },
      take: query.limit + 1,
    });
    return toPage(rows.map(ledgerEntryView), query.limit);
  }

  /** The budget, or 404 when it does not exist or lies outside the caller's scope. */
  private async findVisible(id: string): Promise<Budget> {
    const budget = await this.transactions.manager.findOneBy(Budget, { id });
    if (!budget || !(await this.access.canSeeAgreement(currentCaller(), budget.agreementId))) {
      throw new NotFoundException(`budget ${id} not found`);
    }
    return budget;
  }

  private async view(budget: Budget): Promise<BudgetView> {
    const balances = await this.ledger.balancesOf([budget.id]);
    return present(budget, balances.get(budget.id)!);
  }
}

function present(budget: Budget, balances: Balances): BudgetView {
  const { createdBy: _createdBy, ...rest } = budget;
  return { ...rest, ...balances };
}
