import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DEFAULT_AGENCY_TIME_ZONE } from '@sinergi/contracts';
import {
  Clock,
  DomainError,
  PLATFORM_OPTIONS,
  type AggregateName,
  type CallerIdentity,
  type PlatformOptions,
  type ServiceName,
} from '@sinergi/platform';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import { ServiceClient, ServiceUnavailableError } from '../routing/service-client';
import type { EvaluationReport } from './evaluation-report';

interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}
interface BudgetBalance {
  ceiling: number;
  allocated: number;
  disbursed: number;
  available: number;
}
/** Reintegration's figures for the agreement's release cohort of the year, passed on as they are. */
interface ReintegrationSummary {
  cohortYear: number;
  openCases: number;
  released: number;
  employed: number;
  reoffended: number;
  inProgress: number;
  recidivismRate12m: number | null;
}
/** The agreement and evaluation as the agreements service answers them (the fields the report shows). */
type ReportAgreement = Omit<EvaluationReport['agreement'], 'parties'> & {
  parties: Array<Omit<EvaluationReport['agreement']['parties'][number], 'name'>>;
};
type ReportEvaluation = EvaluationReport['evaluation'] & { id: string };
interface AgencyNameAndZone {
  name: string;
  timeZone: string;
}
/** A service's figures of every agreement in the caller's scope (`GET /summaries/agreements`). */
interface Summary<T> {
  items: Array<T & { agreementId: string }>;
}
/** An agreement's programs as rehabilitation's summary counts them. */
interface ProgramFigures {
  total: number;
  byStatus: Record<string, number>;
  enrolled: number;
  completed: number;
}
interface AgreementListItem {
  id: string;
  number: string;
  title: string;
  status: string;
}

export interface Overview {
  agreement: unknown;
  workPlan: unknown;
  programs: {
    total: number;
    byStatus: Record<string, number>;
    enrolled: number;
    completed: number;
    /** Always false: rehabilitation counts every program of the agreement in one statement. */
    truncated: boolean;
  } | null;
  budget: {
    ceiling: number;
    allocated: number;
    disbursed: number;
    available: number;
    absorptionRate: number | null;
    /** True when the agreement has more budgets for the year than the overview reads. */
    truncated: boolean;
  } | null;
  reintegration: ReintegrationSummary | null;
  degraded: string[];
}

/** Lists are read page by page up to this many items; beyond it the answer says `truncated`. */
const PAGE_SIZE = 500;
const MAX_PAGES = 10;

const sum = <T>(items: T[], pick: (item: T) => number) =>
  items.reduce((total, item) => total + (Number(pick(item)) || 0), 0);

/** A part of an aggregate: the service's answer, `absent` (404), or `degraded` (5xx, timeout, unreadable). */
type Part<T> = { value: T } | { absent: true } | { degraded: true };

/**
 * Figures built from every service by parallel fan-out. Each service gets a deadline: one that is
 * slow, down or failing is listed in `degraded` and its part is null; the answer still comes. The
 * agreement itself is not a part: it decides whether the caller may see the figures at all, so
 * when the agreements service cannot confirm it the answer is 503, never figures (fail closed).
 */
@Injectable()
export class AggregatesService {
  constructor(
    private readonly services: ServiceClient,
    private readonly clock: Clock,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
    @Inject(PLATFORM_OPTIONS) private readonly platform: PlatformOptions,
  ) {}

  /**
   * How long a read may take: the figures' fan-out has a short deadline (a slow service is shown as
   * degraded); the evaluation report is one document, so its reads wait as long as any forwarded call.
   */
  private deadline(via: AggregateName): number {
    return via === 'evaluationReport' ? this.env.SERVICE_TIMEOUT_MS : this.env.AGGREGATE_DEADLINE_MS;
  }

  /** One read of aggregate `via` (AGGREGATE_ROUTES: the service lets the caller read it for that aggregate). */
  private async fetch<T>(
    service: ServiceName,
    path: string,
    caller: CallerIdentity,
    via: AggregateName,
  ): Promise<Part<T>> {
    try {
      const response = await this.services.call(service, 'GET', path, {
        caller,
        via,
        timeoutMs: this.deadline(via),
      });
      if (response.status === 404) return { absent: true };
      if (response.status >= 200 && response.status < 300) return { value: JSON.parse(response.body) as T };
      return { degraded: true };
    } catch (error) {
      if (error instanceof ServiceUnavailableError || error instanceof SyntaxError) return { degraded: true };
      throw error;
    }
  }

  /** Every page of a list (up to MAX_PAGES); `truncated` when more remain. */
  private async fetchAll<T>(
    service: ServiceName,
    path: string,
    caller: CallerIdentity,
    via: AggregateName,
  ): Promise<Part<{ items: T[]; truncated: boolean }>> {
    const items: T[] = [];
    let cursor: string | null | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const separator = path.includes('?') ? '&' : '?';
      const next = await this.fetch<Page<T>>(
        service,
        `${path}${separator}limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        caller,
        via,
      );
      if (!('value' in next)) return next;
      items.push(...next.value.items);
      cursor = next.value.nextCursor;
      if (!cursor) return { value: { items, truncated: false } };
    }
    return { value: { items, truncated: true } };
  }

  /** The agreement as the caller may see it; 404 only when the agreements service says so, else 503. */
  private async confirmAgreement(
    agreementId: string,
    caller: CallerIdentity,
    via: AggregateName,
  ): Promise<unknown> {
    const answer = await this.services
      .call('agreements', 'GET', `/agreements/${encodeURIComponent(agreementId)}`, {
        caller,
        via,
        timeoutMs: this.deadline(via),
      })
      .catch((error: unknown) => {
        if (error instanceof ServiceUnavailableError) return undefined;
        throw error;
      });
    if (answer?.status === 404) throw new NotFoundException(`agreement ${agreementId} not found`);
    if (answer?.status === 403) throw new ForbiddenException(`agreement ${agreementId} is not yours to see`);
    if (answer && answer.status >= 200 && answer.status < 300) {
      try {
        return JSON.parse(answer.body);
      } catch {
        // unreadable: treated as unconfirmed below
      }
    }
    throw new DomainError(
      'service.unavailable',
      `agreements cannot confirm agreement ${agreementId} right now, so no figures are shown; try again shortly`,
    );
  }

  private currentYear(): number {
    return Number(this.clock.today().slice(0, 4));
  }

  /** `via`: the dashboard reads every agreement's overview as part of itself. */
  async overview(
    agreementId: string,
    caller: CallerIdentity,
    fiscalYear?: number,
    via: AggregateName = 'overview',
  ): Promise<Overview> {
    const year = fiscalYear ?? this.currentYear();
    const id = encodeURIComponent(agreementId);
    const confirmed = this.confirmAgreement(agreementId, caller, via);
    const parts = Promise.all([
      this.fetch('agreements', `/agreements/${id}/work-plans/${year}`, caller, via),
      this.fetch<Summary<ProgramFigures>>(
        'rehabilitation',
        `/summaries/agreements?agreementId=${id}`,
        caller,
        via,
      ),
      this.fetchAll<BudgetBalance>('budgeting', `/budgets?agreementId=${id}&fiscalYear=${year}`, caller, via),
      this.fetch<ReintegrationSummary>(
        'reintegration',
        `/reintegration/metrics/agreement-summary?agreementId=${id}&cohortYear=${year}`,
        caller,
        via,
      ),
    ]);
    // Nothing below is answered unless the agreement is confirmed first.
    const [agreement, [workPlan, programs, budgets, reintegration]] = await Promise.all([confirmed, parts]);
    const degraded = new Set<string>();
    const valueOf = <T>(service: string, part: Part<T>): T | null => {
      if ('degraded' in part) degraded.add(service);
      return 'value' in part ? part.value : null;
    };
    const plan = valueOf('agreements', workPlan);
    const programList = valueOf('rehabilitation', programs);
    const budgetList = valueOf('budgeting', budgets);
    const summary = valueOf('reintegration', reintegration);

    return {
      agreement,
      workPlan: plan,
      programs: programList && programFigures(programList.items[0]),
      budget: budgetList && budgetFigures(budgetList.items, budgetList.truncated),
      reintegration: summary && reintegrationFigures(summary),
      degraded: [...degraded].sort(),
    };
  }

  /**
   * What the joint evaluation report shows, read from the agreements service as the caller: the
   * agreement (404 unknown or out of scope, 503 when unconfirmed), the evaluation (404 unknown) and
   * its parties' names and the lead party's time zone (an agency that cannot be read is named by its
   * code and WIB is taken).
   */
  async evaluationReport(
    agreementId: string,
    evaluationId: string,
    caller: CallerIdentity,
  ): Promise<EvaluationReport> {
    const via = 'evaluationReport';
    const agreement = (await this.confirmAgreement(agreementId, caller, via)) as ReportAgreement;
    const evaluations = await this.fetchAll<ReportEvaluation>(
      'agreements',
      `/agreements/${encodeURIComponent(agreementId)}/evaluations`,
      caller,
      via,
    );
    if ('absent' in evaluations) throw new NotFoundException(`agreement ${agreementId} not found`);
    if ('degraded' in evaluations)
      throw new DomainError(
        'service.unavailable',
        `agreements cannot list the evaluations of agreement ${agreementId} right now; try again shortly`,
      );
    const evaluation = evaluations.value.items.find((e) => e.id === evaluationId);
    if (!evaluation)
      throw new NotFoundException(`evaluation ${evaluationId} of agreement ${agreementId} not found`);
    const agencies = await Promise.all(
      agreement.parties.map((party) =>
        this.fetch<AgencyNameAndZone>(
          'agreements',
          `/agencies/${encodeURIComponent(party.code)}`,
          caller,
          via,
        ),
      ),
    );
    const agencyOf = (i: number) => {
      const part = agencies[i];
      return part && 'value' in part ? part.value : undefined;
    };
    return {
      agreement: {
        number: agreement.number,
        title: agreement.title,
        kind: agreement.kind,
        startDate: agreement.startDate,
        endDate: agreement.endDate,
        parties: agreement.parties.map((party, i) => ({
          code: party.code,
          name: agencyOf(i)?.name ?? null,
          signatoryName: party.signatoryName,
          signatoryTitle: party.signatoryTitle,
        })),
      },
      evaluation: {
        period: evaluation.period,
        fiscalYear: evaluation.fiscalYear,
        findings: evaluation.findings,
        recommendations: evaluation.recommendations,
        indicators: evaluation.indicators,
        recordedAt: evaluation.recordedAt,
      },
      // The agreement's zone is its first party's (docs/domain.md, "Local dates").
      timeZone: agencyOf(0)?.timeZone ?? DEFAULT_AGENCY_TIME_ZONE,
      generatedAt: this.clock.now(),
    };
  }

  /**
   * Every agreement's figures from one summary per service (INTERNAL_ROUTES), each limited to the
   * caller's scope by the service that owns the data, joined here with the list of agreements: a
   * few calls whatever the number of agreements. A service that fails or is late is listed in
   * `degraded` and its part is null on every agreement.
   */
  async dashboard(caller: CallerIdentity, fiscalYear?: number) {
    const year = fiscalYear ?? this.currentYear();
    const read = <T>(service: ServiceName, query = '') =>
      this.fetch<T>(service, `/summaries/agreements${query}`, caller, 'dashboard');
    const [listed, plans, programs, budgets, reintegration] = await Promise.all([
      this.fetchAll<AgreementListItem>('agreements', '/agreements', caller, 'dashboard'),
      read<Summary<{ agreementId: string }>>('agreements', `?fiscalYear=${year}`),
      read<Summary<ProgramFigures>>('rehabilitation'),
      read<Summary<BudgetBalance>>('budgeting', `?fiscalYear=${year}`),
      read<Summary<ReintegrationSummary> & { none: ReintegrationSummary }>(
        'reintegration',
        `?cohortYear=${year}`,
      ),
    ]);
    const degraded = new Set<string>();
    /** Each agreement's item of a service's summary; null when the service did not answer it. */
    const byAgreement = <T>(service: string, part: Part<Summary<T>>) => {
      if ('value' in part) return new Map(part.value.items.map((item) => [item.agreementId, item]));
      degraded.add(service);
      return null;
    };
    const planOf = byAgreement('agreements', plans);
    const programsOf = byAgreement('rehabilitation', programs);
    const budgetsOf = byAgreement('budgeting', budgets);
    const reintegrationOf = byAgreement('reintegration', reintegration);
    // The summary of an agreement reintegration has no figures for: nothing in its cohort.
    const noReintegration = 'value' in reintegration ? reintegration.value.none : null;
    const partsDegraded = [...degraded].sort();
    if (!('value' in listed)) degraded.add('agreements');

    const overviews = ('value' in listed ? listed.value.items : []).map((agreement) => {
      const budget = budgetsOf?.get(agreement.id);
      const cohort = reintegrationOf && (reintegrationOf.get(agreement.id) ?? noReintegration);
      return {
        agreementId: agreement.id,
        number: agreement.number,
        title: agreement.title,
        status: agreement.status,
        workPlan: planOf?.get(agreement.id) ?? null,
        programs: programsOf && programFigures(programsOf.get(agreement.id)),
        budget: budgetsOf && budgetFigures(budget ? [budget] : [], false),
        reintegration: cohort && reintegrationFigures(cohort),
        degraded: partsDegraded,
      };
    });
    const totals = {
      agreements: overviews.length,
      programs: sum(overviews, (o) => o.programs?.total ?? 0),
      enrolled: sum(overviews, (o) => o.programs?.enrolled ?? 0),
      completed: sum(overviews, (o) => o.programs?.completed ?? 0),
      ceiling: sum(overviews, (o) => o.budget?.ceiling ?? 0),
      allocated: sum(overviews, (o) => o.budget?.allocated ?? 0),
      disbursed: sum(overviews, (o) => o.budget?.disbursed ?? 0),
      openCases: sum(overviews, (o) => o.reintegration?.openCases ?? 0),
      reoffended: sum(overviews, (o) => o.reintegration?.reoffended ?? 0),
    };
    return {
      fiscalYear: year,
      agreements: overviews,
      /** More agreements than the dashboard reads: the totals cover the listed ones only. */
      truncated: 'value' in listed ? listed.value.truncated : false,
      totals,
      // Every listed agreement is in the caller's scope (the list is read as the caller) and its
      // figures come from summaries, so no agreement is left out on its own any more.
      errors: [] as Array<{ agreementId: string; status: number; detail: string }>,
      degraded: [...degraded].sort(),
    };
  }

  async status() {
    const names: ServiceName[] = [
      'agreements',
      'rehabilitation',
      'reintegration',
      'budgeting',
      'notifications',
    ];
    const services = await Promise.all(
      names.map(async (name) => {
        try {
          const response = await this.services.call(name, 'GET', '/health/ready', {
            timeoutMs: this.env.AGGREGATE_DEADLINE_MS,
          });
          const body = JSON.parse(response.body) as { version?: string; failed?: string[] };
          return {
            name,
            ready: response.status === 200,
            version: body.version ?? null,
            failed: body.failed ?? [],
          };
        } catch {
          return { name, ready: false, version: null, failed: ['unreachable'] };
        }
      }),
    );
    return {
      gateway: { ready: true, version: this.platform.version },
      services,
      degraded: services.filter((s) => !s.ready).map((s) => s.name),
    };
  }
}

function budgetFigures(budgets: BudgetBalance[], truncated: boolean): NonNullable<Overview['budget']> {
  const ceiling = sum(budgets, (b) => b.ceiling);
  const disbursed = sum(budgets, (b) => b.disbursed);
  return {
    ceiling,
    allocated: sum(budgets, (b) => b.allocated),
    disbursed,
    available: sum(budgets, (b) => b.available),
    absorptionRate: ceiling > 0 ? disbursed / ceiling : null,
    truncated,
  };
}

/** An agreement's programs, all counted (none when the summary does not list the agreement). */
function programFigures(figures: ProgramFigures | undefined): NonNullable<Overview['programs']> {
  return {
    total: figures?.total ?? 0,
    byStatus: figures?.byStatus ?? {},
    enrolled: figures?.enrolled ?? 0,
    completed: figures?.completed ?? 0,
    truncated: false,
  };
}

/** Reintegration's figures of the agreement, exactly as it gives them. */
function reintegrationFigures(summary: ReintegrationSummary): ReintegrationSummary {
  return {
    cohortYear: summary.cohortYear,
    openCases: summary.openCases,
    released: summary.released,
    employed: summary.employed,
    reoffended: summary.reoffended,
    inProgress: summary.inProgress,
    recidivismRate12m: summary.recidivismRate12m,
  };
}
