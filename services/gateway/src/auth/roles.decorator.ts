import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Roles, type Role } from '@sinergi/platform';

export const ALLOWED_ROLES = 'sinergi:allowed-roles';
export const ANONYMOUS = 'sinergi:anonymous';

/** OpenAPI extensions naming who may call an operation (see openapi-document.ts). */
export const ROLES_EXTENSION = 'x-roles';
export const ANONYMOUS_EXTENSION = 'x-anonymous';

/** Roles that may call a gateway route (platform-admin always may). */
export const AllowRoles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ALLOWED_ROLES, roles),
    ApiExtension(ROLES_EXTENSION, [...new Set([Roles.platformAdmin, ...roles])]),
  );

/** A gateway route that needs no access token (token issuance, health, docs). */
export const Anonymous = () =>
  applyDecorators(SetMetadata(ANONYMOUS, true), ApiExtension(ANONYMOUS_EXTENSION, true));
