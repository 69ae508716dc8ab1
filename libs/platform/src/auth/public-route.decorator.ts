import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'sinergi:public-route';

/** Marks a route reachable without the gateway's internal token (health and metrics only). */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);
