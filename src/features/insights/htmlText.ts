const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/** Text made safe for HTML and SVG, in element content and in quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, char => entities[char]);
}

/** A fresh nonce for a Content-Security-Policy: 128 random bits as hex, from the Web Crypto API. */
export function newNonce(): string {
	const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}
