import { rolesRefusedFor, totpMandatory } from './agency-roles';

describe('roles by agency kind', () => {
  it('keeps facility, probation and finance roles to the agencies that do that work', () => {
    expect(rolesRefusedFor('LAPAS', ['program-officer', 'agency-admin', 'auditor'])).toEqual([]);
    expect(rolesRefusedFor('RUTAN', ['program-officer'])).toEqual([]);
    expect(rolesRefusedFor('BAPAS', ['probation-officer', 'agreement-officer'])).toEqual([]);
    expect(rolesRefusedFor('PEMKAB', ['finance-officer'])).toEqual([]);
    expect(rolesRefusedFor('PEMKAB', ['program-officer', 'probation-officer'])).toEqual([
      'program-officer is only for LAPAS, RUTAN agencies, not PEMKAB',
      'probation-officer is only for BAPAS agencies, not PEMKAB',
    ]);
    expect(rolesRefusedFor('LAPAS', ['finance-officer'])).toHaveLength(1);
  });

  it('gives platform-admin only to the platform operator, which holds no agency roles', () => {
    expect(rolesRefusedFor('PLATFORM', ['platform-admin', 'auditor'])).toEqual([]);
    expect(rolesRefusedFor('PEMKAB', ['platform-admin'])).toHaveLength(1);
    expect(rolesRefusedFor('PLATFORM', ['agency-admin', 'finance-officer'])).toHaveLength(2);
    expect(rolesRefusedFor('PEMKAB', ['root'])).toEqual(['root is not a role']);
  });

  it('makes TOTP mandatory for administrators and for agencies that turn it on', () => {
    expect(totpMandatory(['agency-admin'], false)).toBe(true);
    expect(totpMandatory(['platform-admin'], false)).toBe(true);
    expect(totpMandatory(['program-officer'], false)).toBe(false);
    expect(totpMandatory(['program-officer'], true)).toBe(true);
  });
});
