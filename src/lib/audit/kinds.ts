/**
 * What the audit trail records, one kind per action an operator or a security review asks about. Each
 * kind's Vietnamese name is `audit.kind.<kind>` in the dictionary.
 */
export const AUDIT_KINDS = [
	'auth.login',
	'auth.loginFailed',
	'auth.lockout',
	'auth.passwordChanged',
	'auth.passwordReset',
	'auth.resetIssued',
	'auth.sessionsEnded',
	'user.created',
	'user.updated',
	'unit.created',
	'unit.updated',
	'unit.imported',
	'bank.approved',
	'bank.retired',
	'bank.moved',
	'bank.imported',
	'contest.created',
	'contest.updated',
	'contest.opened',
	'contest.closed',
	'round.created',
	'round.updated',
	'round.ended',
	'round.override',
	'round.deleted',
	'round.archived',
	'plan.progress',
	'report.generated',
	'live.created',
	'live.updated',
	'live.deleted',
	'live.archived',
	'live.adjusted'
] as const;

export type AuditKind = (typeof AUDIT_KINDS)[number];

export const isAuditKind = (value: string): value is AuditKind => (AUDIT_KINDS as readonly string[]).includes(value);
