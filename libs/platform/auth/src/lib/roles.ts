/** The roles of the platform (docs/adr/0009). A token names them in `roles` or Keycloak's `realm_access.roles`. */
export const ROLES = ['enterprise', 'agency-staff', 'catalogue-admin', 'calendar-admin', 'profiles-admin', 'platform-admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Who is calling, as the verified token says. */
export interface Principal {
  /** The token's `sub`: the stable id an enterprise's ownership is recorded under. */
  subject: string;
  username: string;
  roles: Role[];
  clientId?: string;
}

export const hasRole = (principal: Principal | null | undefined, ...roles: Role[]): boolean =>
  !!principal && principal.roles.some((r) => roles.includes(r));
