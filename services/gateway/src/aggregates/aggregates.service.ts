import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Clock, PLATFORM_OPTIONS, type CallerIdentity, type PlatformOptions } from '@sinergi/platform';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';
import type { ServiceName } from '../routing/route-table';
import { ServiceClient, ServiceUnavailableError } from '../routing/service-client';

interface Page<T> {
  items: T[];
}
interface ProgramSummary {
  status: string;
  enrolledCount: number;
  completedCount: number;
}
interface BudgetBalance {
  ceiling: number;
  allocated: number;
  disbursed: number;
  available: number;
}
interface ReintegrationSummary {
  openCases: number;
  employed: number;
  reoffended: number;
  recidivismRate12m: number | null;
}

export interface Overview {
  agreement: unknown;
  workPlan: unknown;
  programs: { total: number; byStatus: Record<string, number>; enrolled: number; completed: number } | null;
  budget: {
    ceiling: number;
    allocated: number;
    disbursed: number;
    available: number;
    absorptionRate: number | null;
  } | null;
  reintegration: {
    openCases: number;
    employed: number;
    reoffended: number;
    recidivismRate12m: number | null;
  } | null;
  degraded: string[];
}

const sum = <T>(items: T[], pick: (item: T) => number) =>
  items.reduce((total, item) => total + (Number(pick(item)) || 0), 0);

/**
 * Figures built from every service by parallel fan-out. Each service gets a deadline: one that is
 * slow or down is listed in `degraded` and its part is null; the answer still comes.
 */
@Injectable()
export class AggregatesService {
  constructor(
    private readonly services: ServiceClient,
    private readonly clock: Clock,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
    @Inject(PLATFORM_OPTIONS) private readonly platform: PlatformOptions,
  ) {}

  /** Runs `work` against one service within the deadline; null (and degraded) when it does not answer. */
  private async part<T>(
    service: ServiceName,
    degraded: Set<string>,
    work: (timeoutMs: number) => Promise<T>,
  ): Promise<T | null> {
    try {
      return await work(this.env.AGGREGATE_DEADLINE_MS);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableError) && !(error instanceof SyntaxError)) throw error;
      degraded.add(service);
      return null;
    }
  }

  async overview(agreementId: string, caller: CallerIdentity, fiscalYear?: number): Promise<Overview> {
    const degraded = new Set<string>();
    const year = fiscalYear ?? this.clock.now().getUTCFullYear();
    const id = encodeURIComponent(agreementId);
    const get =
      <T>(service: ServiceName, path: string) =>
      (timeoutMs: number) =>
        this.services.getJson<T>(service, path, caller, timeoutMs);

    const [agreement, workPlan, programs, budgets, reintegration] = await Promise.all([
      this.part('agreements', degraded, get('agreements', `/agreements/${id}`)),
      this.part('agreements', degraded, get('agreements', `/agreements/${id}/work-plans/${year}`)),
      this.part(
        'rehabilitation',
        degraded,
        get<Page<ProgramSummary>>('rehabilitation', `/programs?agreementId=${id}&limit=500`),
      ),
      this.part(
        'budgeting',
        degraded,
        get<Page<BudgetBalance>>('budgeting', `/budgets?agreementId=${id}&fiscalYear=${year}&limit=500`),
      ),
      this.part(
        'reintegration',
        degraded,
        get<ReintegrationSummary>(
          'reintegration',
          `/reintegration/metrics/agreement-summary?agreementId=${id}`,
        ),
      ),
    ]);
    if (agreement === undefined) throw new NotFoundException(`agreement ${agreementId} not found`);

    return {
      agreement,
      workPlan: workPlan ?? null,
      programs: programs
        ? {
            total: programs.items.length,
            byStatus: programs.items.reduce<Record<string, number>>(
              (acc, p) => ({ ...acc, [p.status]: (acc[p.status] ?? 0) + 1 }),
              {},
            ),
            enrolled: sum(programs.items, (p) => p.enrolledCount),
            completed: sum(programs.items, (p) => p.completedCount),
          }
        : null,
      budget: budgets
        ? (() => {
            const ceiling = sum(budgets.items, (b) => b.ceiling);
            const disbursed = sum(budgets.items, (b) => b.disbursed);
            return {
              ceiling,
              allocated: sum(budgets.items, (b) => b.allocated),
              disbursed,
              available: sum(budgets.items, (b) => b.available),
              absorptionRate: ceiling > 0 ? disbursed / ceiling : null,
            };
          })()
        : null,
      reintegration: reintegration
        ? {
            openCases: reintegration.openCases,
            employed: reintegration.employed,
            reoffended: reintegration.reoffended,
            recidivismRate12m: reintegration.recidivismRate12m,
          }
        : null,
      degraded: [...degraded].sort(),
    };
  }

  async dashboard(caller: CallerIdentity, fiscalYear?: number) {
    const degraded = new Set<string>();
    const agreements = await this.part('agreements', degraded, (timeoutMs) =>
      this.services.getJson<Page<{ id: string; number: string; title: string; status: string }>>(
        'agreements',
        '/agreements?limit=500',
        caller,
        timeoutMs,
      ),
    );
    const overviews = [];
    for (const agreement of agreements?.items ?? []) {
      const overview = await this.overview(agreement.id, caller, fiscalYear).catch(() => undefined);
      if (!overview) continue;
      overview.degraded.forEach((d) => degraded.add(d));
      overviews.push({
        agreementId: agreement.id,
        number: agreement.number,
        title: agreement.title,
        status: agreement.status,
        ...overview,
        agreement: undefined,
      });
    }
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
      fiscalYear: fiscalYear ?? this.clock.now().getUTCFullYear(),
      agreements: overviews,
      totals,
      degraded: [...degraded].sort(),
    };
  }

  async status() {
    const names: ServiceName[] = ['agreements', 'rehabilitation', 'reintegration', 'budgeting'];
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
