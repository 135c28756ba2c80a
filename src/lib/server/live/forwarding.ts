import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { errorFields, log } from '$lib/server/log';
import { ioServer } from '$lib/server/realtime/server';
import type { OpArgs, OpName, OpResult } from './ops';
import type { Cluster, GameRegistry } from './registry';

/**
 * Scale-out mode's path from a socket's process to the process hosting its game: Socket.IO's
 * inter-server requests (`serverSideEmitWithAck`, carried by the Redis Streams adapter). Every
 * process hears each request; the addressed one answers with the game's answer, the others with null.
 */

export interface ForwardedOp {
	to: string;
	gameId: number;
	op: OpName;
	args: OpArgs<OpName>;
}
/** The addressed process's answer; `result` undefined when it no longer hosts the game or failed. */
export type ForwardReply = { from: string; result?: OpResult<OpName> } | null;

export function clusterLink(registry: GameRegistry): Cluster {
	const io = ioServer();
	if (!io) throw new Error('scale-out mode needs the Socket.IO server');
	const node = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
	io.on('live:op', (request, answer) => {
		if (request.to !== node) return answer(null);
		registry.answerForwarded(request.gameId, request.op, request.args).then(
			(result) => answer({ from: node, result }),
			(error) => {
				log('warn', 'live.forwarded_failed', { game: request.gameId, op: request.op, ...errorFields(error) });
				answer({ from: node });
			}
		);
	});
	return {
		node,
		async forward<K extends OpName>(to: string, gameId: number, op: K, args: OpArgs<K>) {
			try {
				// The adapter waits for every process's answer, at most its request timeout (5 s).
				const replies = await io.serverSideEmitWithAck('live:op', { to, gameId, op, args });
				// What crossed the wire is the answer to this very request: `op` names its type.
				return replies.find((reply) => reply?.from === to)?.result as OpResult<K> | undefined;
			} catch {
				return undefined; // some process did not answer in time: the holder may be gone
			}
		}
	};
}
