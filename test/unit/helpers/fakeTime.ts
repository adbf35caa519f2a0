import type { Disposable } from '../../../src/core/model/events';
import type { Clock, Scheduler } from '../../../src/core/model/ports';

/** A clock and timers that move only when a test calls {@link FakeTime.advance}. */
export class FakeTime implements Clock, Scheduler {
	private at: number;
	private timers: { due: number; order: number; task: () => void }[] = [];
	private made = 0;

	constructor(start = Date.UTC(2026, 11, 1, 9)) {
		this.at = start;
	}

	now(): Date {
		return new Date(this.at);
	}

	schedule(task: () => void, delayMs: number): Disposable {
		const timer = { due: this.at + Math.max(0, delayMs), order: this.made++, task };
		this.timers.push(timer);
		return { dispose: () => { this.timers = this.timers.filter(other => other !== timer); } };
	}

	/** How many timers are set and not yet run. */
	get pending(): number {
		return this.timers.length;
	}

	/** Moves time forward by `ms`, running every timer that comes due, in the order they come due. */
	advance(ms: number): void {
		const end = this.at + ms;
		for (;;) {
			const next = [...this.timers].sort((a, b) => a.due - b.due || a.order - b.order)[0];
			if (!next || next.due > end) {
				break;
			}
			this.timers = this.timers.filter(other => other !== next);
			this.at = next.due;
			next.task();
		}
		this.at = end;
	}
}
