/**
 * Gathers the calls made while its last batch runs into the next one: a burst of small writes (a hall
 * of phones joining) becomes a few statements instead of a queue of hundreds. `run` answers each input
 * in order; if it throws, every call of that batch is refused with the error.
 */
export class Batcher<Input, Output> {
	#waiting: { input: Input; resolve: (output: Output) => void; reject: (error: unknown) => void }[] = [];
	#running = false;

	constructor(private readonly run: (inputs: Input[]) => Promise<Output[]>) {}

	add(input: Input): Promise<Output> {
		return new Promise((resolve, reject) => {
			this.#waiting.push({ input, resolve, reject });
			if (!this.#running) void this.#drain();
		});
	}

	async #drain(): Promise<void> {
		this.#running = true;
		// The calls of this turn of the event loop join the first batch.
		await new Promise((resolve) => setImmediate(resolve));
		while (this.#waiting.length) {
			const batch = this.#waiting;
			this.#waiting = [];
			try {
				const outputs = await this.run(batch.map((b) => b.input));
				batch.forEach((b, i) => b.resolve(outputs[i]));
			} catch (error) {
				for (const b of batch) b.reject(error);
			}
		}
		this.#running = false;
	}
}
