import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { GameConfig } from '$lib/live/config';
import type { GameEvent } from '$lib/live/events';
import { user } from './auth';
import { createdAt } from './columns';
import { attempt, contest, round } from './contests';
import { unit } from './units';

export type LiveGameStatus = 'lobby' | 'running' | 'ended';

/**
 * A live stage game. Its configuration (questions with their keys) never leaves the server; its
 * state is rebuilt after a restart by replaying `live_event`. Results go to its `round` (kind live).
 */
export const liveGame = pgTable(
	'live_game',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		contestId: integer('contest_id')
			.notNull()
			.references(() => contest.id, { onDelete: 'cascade' }),
		roundId: integer('round_id')
			.notNull()
			.references(() => round.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		pin: text('pin').notNull(),
		/** Guests with a nickname may join (youth-union games); otherwise signed-in people of the contest. */
		guests: boolean('guests').notNull().default(false),
		/** Only the people the organizer assigned to seats (`live_seat_member`) may play. */
		assigned: boolean('assigned').notNull().default(false),
		status: text('status').$type<LiveGameStatus>().notNull().default('lobby'),
		config: jsonb('config').$type<GameConfig>().notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		endedAt: timestamp('ended_at', { withTimezone: true }),
		/** An ended game put away by its organizer: off the list, its results kept. */
		archivedAt: timestamp('archived_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('live_game_active_pin_key')
			.on(t.pin)
			.where(sql`${t.status} <> 'ended'`)
	]
);

/**
 * A player of a live game: a durable token (only its hash stored) brings them back after a drop. An
 * assigned seat is created with its game and has no token of its own: its members' devices hold theirs
 * in `live_seat_member`. A team's seat has no user: it is the team, named by its name.
 */
export const livePlayer = pgTable(
	'live_player',
	{
		id: text('id').primaryKey(),
		gameId: integer('game_id')
			.notNull()
			.references(() => liveGame.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash'),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		unitId: integer('unit_id').references(() => unit.id, { onDelete: 'set null' }),
		attemptId: integer('attempt_id')
			.notNull()
			.references(() => attempt.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('live_player_token_key').on(t.tokenHash), uniqueIndex('live_player_game_user_key').on(t.gameId, t.userId)]
);

/**
 * A person the organizer assigned to a seat (alone, or one of a team): the key is one seat per person
 * per game. Each member's own device holds its own token, so teammates on their phones never push one
 * another out; joining again from another device replaces only that member's token.
 */
export const liveSeatMember = pgTable(
	'live_seat_member',
	{
		gameId: integer('game_id')
			.notNull()
			.references(() => liveGame.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		playerId: text('player_id')
			.notNull()
			.references(() => livePlayer.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash')
	},
	(t) => [
		primaryKey({ columns: [t.gameId, t.userId] }),
		index('live_seat_member_player_idx').on(t.playerId),
		uniqueIndex('live_seat_member_token_key').on(t.tokenHash)
	]
);

/** Every event the game accepted, in order: committed before its effects (acknowledgements) go out. */
export const liveEvent = pgTable(
	'live_event',
	{
		gameId: integer('game_id')
			.notNull()
			.references(() => liveGame.id, { onDelete: 'cascade' }),
		seq: integer('seq').notNull(),
		event: jsonb('event').$type<GameEvent>().notNull()
	},
	(t) => [primaryKey({ columns: [t.gameId, t.seq] })]
);

/**
 * In scale-out mode, which process hosts a running game: a lease its holder renews every second. Once
 * it lapses (the process died or lost its database) another process takes it and rebuilds the game
 * from `live_event`. Times are PostgreSQL's, so every process judges a lease by the same clock.
 */
export const liveHostLease = pgTable('live_host_lease', {
	gameId: integer('game_id')
		.primaryKey()
		.references(() => liveGame.id, { onDelete: 'cascade' }),
	node: text('node').notNull(),
	until: timestamp('until', { withTimezone: true }).notNull()
});
