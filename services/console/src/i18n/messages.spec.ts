// Every text of the console is in the message files: both languages have the same keys and
// placeholders, every key the code asks for exists, and so does every value a key is built from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  AgreementKinds,
  AllocationPurposes,
  AttendanceStatuses,
  CaseOutcomes,
  EmploymentTypes,
  Indicators,
  Pathways,
  PathwayStatuses,
  PlacementKinds,
  ReleaseTypes,
  Scopes,
  Tracks,
} from '@sinergi/contracts/src/domain-values';
import { ERROR_CATALOGUE } from '../../../../libs/platform/src/errors/error-catalogue';
import { PAGES, ROLES } from '../app/access';
import en from './messages/en.json';
import id from './messages/id.json';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(full, value);
    else for (const [k, v] of flatten(value, full)) flat.set(k, v);
  }
  return flat;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [file] : [];
  });
}

// The values of the platform's enumerations (docs/api.md) that keys are built from.
const BUILT_KEYS: Record<string, string[]> = {
  'status.agreement': ['DRAFT', 'PENDING_SIGNATURE', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED'],
  'status.program': ['DRAFT', 'AWAITING_FUNDING', 'FUNDED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  'status.participant': ['INCARCERATED', 'RELEASED'],
  'status.enrollment': ['ENROLLED', 'COMPLETED', 'DROPPED', 'FAILED'],
  'status.allocation': ['PENDING', 'APPROVED', 'REJECTED', 'RELEASED'],
  'status.case': ['OPEN', ...CaseOutcomes],
  'status.indicator': ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'],
  'status.pathway': [...PathwayStatuses],
  'status.workPlan': ['DRAFT', 'APPROVED'],
  'status.grant': ['PENDING', 'FUNDED', 'REJECTED'],
  followUpKind: ['HOME_VISIT', 'OFFICE_VISIT', 'PHONE'],
  'agreement.changed': ['title', 'endDate', 'scopes', 'clauses'],
  agreementKind: [...AgreementKinds],
  scope: [...Scopes],
  track: [...Tracks],
  releaseType: [...ReleaseTypes],
  purpose: [...AllocationPurposes],
  pathway: [...Pathways],
  placementKind: [...PlacementKinds],
  employmentType: [...EmploymentTypes],
  indicator: [...Indicators],
  attendance: [...AttendanceStatuses],
  ledgerKind: ['CEILING_SET', 'CEILING_REVISED', 'ALLOCATED', 'RELEASED', 'DISBURSED'],
  sex: ['M', 'F'],
  'history.actions': [
    'DRAFTED',
    'UPDATED',
    'SUBMITTED',
    'SIGNED',
    'ACTIVATED',
    'AMENDED',
    'TERMINATED',
    'EXPIRED',
  ],
  role: ['platform-admin', 'agency-admin', ...ROLES],
  service: ['gateway', 'agreements', 'rehabilitation', 'reintegration', 'budgeting', 'notifications'],
  nav: PAGES.map((p) => p.key),
  'home.todo': ['signatures', 'allocations', 'expiring', 'followUps'],
  // Error titles by the family of the problem's stable code (`agreement.invalid-state` → agreement).
  problem: [...new Set(Object.keys(ERROR_CATALOGUE).map((code) => code.split('.')[0]))],
};

describe('message files', () => {
  const languages = { id: flatten(id), en: flatten(en) };
  const code = sourceFiles(path.resolve(__dirname, '..')).map((file) => readFileSync(file, 'utf8'));
  const literalKeys = new Set(
    code.flatMap((text) => [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1])),
  );
  const builtPrefixes = new Set(
    code.flatMap((text) => [...text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)].map((m) => m[1].replace(/\.$/, ''))),
  );

  it('has the same keys, none empty, with the same placeholders in Bahasa Indonesia and English', () => {
    expect([...languages.en.keys()].sort()).toEqual([...languages.id.keys()].sort());
    for (const [key, text] of languages.id) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(languages.en.get(key)!) }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  it('has every key the code asks for by name', () => {
    expect(literalKeys.size).toBeGreaterThan(50);
    const missing = [...literalKeys].filter((key) => !languages.id.has(key) || !languages.en.has(key));
    expect(missing).toEqual([]);
  });

  it('has a key for every value that keys are built from, and every built key is declared here', () => {
    expect(builtPrefixes.size).toBeGreaterThan(5);
    const undeclared = [...builtPrefixes].filter(
      (prefix) =>
        !Object.keys(BUILT_KEYS).some((declared) => declared === prefix || declared.startsWith(`${prefix}.`)),
    );
    expect(undeclared).toEqual([]);
    const missing = Object.entries(BUILT_KEYS).flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((key) => !languages.id.has(key) || !languages.en.has(key)),
    );
    expect(missing).toEqual([]);
  });
});
