import type { FastifyRequest } from 'fastify';

/** The browser session a request was authenticated with (absent for bearer tokens). */
export interface ActiveSession {
  id: string;
  userId: string;
  csrfToken: string;
}

const sessions = new WeakMap<FastifyRequest, ActiveSession>();

export const attachSession = (request: FastifyRequest, session: ActiveSession) =>
  sessions.set(request, session);
export const sessionOf = (request: FastifyRequest): ActiveSession | undefined => sessions.get(request);
