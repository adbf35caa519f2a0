import type { Clock, Scheduler } from './ports';

/** The system's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Timers of the JavaScript runtime (`setTimeout`), which both Node and web workers have. */
export const runtimeScheduler: Scheduler = {
	schedule(task, delayMs) {
		const handle = setTimeout(task, delayMs);
		return { dispose: () => clearTimeout(handle) };
	},
};
