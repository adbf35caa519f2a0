/** The sync tools whose conflict copies are recognized by their file names. */
export type ConflictCopyKind = 'syncthing' | 'dropbox' | 'icloud' | 'onedrive' | 'googleDrive';

/** What a conflict copy's file name says about the file it copies. */
export interface ConflictCopyName {
	/** The tool that wrote the copy. */
	readonly kind: ConflictCopyKind;
	/** The file name of the original, in the same folder. */
	readonly original: string;
	/**
	 * Whether the name alone proves it is a copy. A name such as `Meeting 2.md` is a copy only
	 * when `Meeting.md` is beside it; the caller checks that before treating it as one.
	 */
	readonly certain: boolean;
}

interface NamePattern {
	readonly kind: ConflictCopyKind;
	readonly pattern: RegExp;
	readonly certain: boolean;
}

// Each pattern captures the original's stem and its extension.
const patterns: readonly NamePattern[] = [
	// notes.sync-conflict-20261201-101500-ABCDEFG.md
	{ kind: 'syncthing', pattern: /^(.+)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?(\.[^.]+)$/, certain: true },
	// notes (Jane's conflicted copy 2026-12-01).md, notes (in Konflikt stehende Kopie von Jane 2026-12-01).md
	{ kind: 'dropbox', pattern: /^(.+?) \([^()]*(?:conflicted copy|in Konflikt stehende Kopie|copie en conflit)[^()]*(?:\(\d+\))?\)(\.[^.]+)$/i, certain: true },
	// notes-DESKTOP-AB12CD3.md, notes-LAPTOP-XYZ.md
	{ kind: 'onedrive', pattern: /^(.+?)-(?:DESKTOP|LAPTOP|PC)-[A-Z0-9]{3,15}(\.[^.]+)$/, certain: false },
	// notes (1).md
	{ kind: 'googleDrive', pattern: /^(.+?) \(\d{1,3}\)(\.[^.]+)$/, certain: false },
	// notes 2.md
	{ kind: 'icloud', pattern: /^(.+?) (?:[2-9]|[1-9]\d)(\.[^.]+)$/, certain: false },
];

/** Whether `fileName` is named as a sync tool names a conflict copy, and of which file; `undefined` when it is not. */
export function conflictCopyName(fileName: string): ConflictCopyName | undefined {
	for (const { kind, pattern, certain } of patterns) {
		const match = pattern.exec(fileName);
		if (match && match[1].trim() !== '') {
			return { kind, original: `${match[1]}${match[2]}`, certain };
		}
	}
	return undefined;
}
