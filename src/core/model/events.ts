/** Something that can be released; the same shape as `vscode.Disposable`. */
export interface Disposable {
	/** Releases the resource. */
	dispose(): void;
}

/** Subscribes `listener`; dispose the result to unsubscribe. */
export type Event<T> = (listener: (value: T) => void) => Disposable;

/** A minimal event emitter for the core, which cannot use `vscode.EventEmitter`. */
export class Emitter<T> implements Disposable {
	private listeners: ((value: T) => void)[] = [];

	/** The event that listeners subscribe to. */
	readonly event: Event<T> = listener => {
		this.listeners.push(listener);
		return { dispose: () => { this.listeners = this.listeners.filter(other => other !== listener); } };
	};

	/** Calls every listener with `value`. */
	fire(value: T): void {
		for (const listener of [...this.listeners]) {
			listener(value);
		}
	}

	dispose(): void {
		this.listeners = [];
	}
}
