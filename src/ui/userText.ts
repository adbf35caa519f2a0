/**
 * Text from a file, a setting or a command argument, made safe to put in a notification.
 * Notifications turn `[label](command:…)` into a clickable link that runs a command; breaking
 * the `](` pair keeps such text from ever becoming one.
 */
export function inMessage(text: string): string {
	return text.replace(/\]\s*\(/g, '] (');
}
