import { SetMetadata } from '@nestjs/common';
import type { Role } from '@sinergi/platform';

export const ALLOWED_ROLES = 'sinergi:allowed-roles';
export const ANONYMOUS = 'sinergi:anonymous';

/** Roles that may call a gateway route (platform-admin always may). */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** A gateway route that needs no access token (token issuance, health, docs). */
export const Anonymous = () => SetMetadata(ANONYMOUS, true);
