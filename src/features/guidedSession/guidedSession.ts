import * as vscode from 'vscode';
import { answerEdit, probeAnswerEdit, singleLineAnswer } from '../../core/coaching/answers';
import { addQuestionsEdit } from '../../core/coaching/depth';
import { nextProbe, probeQuestions, type ProbeKind, type ProbeSetting } from '../../core/coaching/probes';
import { addCommitmentEdit, commitmentLine, type NewCommitment } from '../../core/followThrough/newCommitment';
import { findQuestions, relocateQuestion, type Question } from '../../core/coaching/questions';
import { applyEntryEdit, toWorkspaceEdit } from '../../adapters/textEdits';
import { inMessage } from '../../ui/messages';

/** What the user is asked at one step of a guided session. */
export interface QuestionPrompt {
	/** The question. */
	readonly question: string;
	/** Its stage, e.g. `Reality`; empty when it has none. */
	readonly stage: string;
	/** One-based step within this session. */
	readonly step: number;
	/** Steps in this session: the questions that were unanswered when it started. */
	readonly steps: number;
	/** The answer already there, when it is one line the box can show and edit. */
	readonly currentAnswer?: string;
	/** Whether the answer already there is longer than a line (it is kept; new text goes below it). */
	readonly hasLongAnswer: boolean;
	/** Set when this is a coach's follow-up to the answer just given, such as "And what else?". */
	readonly probe?: boolean;
}

/** What the user did with a question. */
export type PromptResult =
	| { readonly kind: 'answer'; readonly text: string }
	| { readonly kind: 'skip' }
	| { readonly kind: 'back' }
	| { readonly kind: 'stop' }
	/** The user wants to write this answer at length in the editor; the session waits until they resume it. */
	| { readonly kind: 'editor' };

/** Asks one question and waits for the user. */
export type Prompter = (prompt: QuestionPrompt) => Promise<PromptResult>;

/** What a session may do besides asking: follow answers up, offer commitments, wait for the editor. */
export interface SessionOptions {
	/** How many probes follow the answers; none when absent. */
	readonly probes?: ProbeSetting;
	/**
	 * Offers to turn a Way forward answer into a commitment, asking who and by when; resolves to the
	 * commitment to add, or `undefined` when the user declined.
	 */
	readonly offerCommitment?: (answer: string) => Promise<NewCommitment | undefined>;
	/** Waits while the user writes an answer in the editor; resolves when they resume the session, `false` when they stopped it. */
	readonly waitForEditor?: () => Promise<boolean>;
	/** Which unanswered questions the session asks; all of them when absent (a quick session asks the core ones). */
	readonly asks?: (question: Question) => boolean;
	/**
	 * Offered when the session is done with a stage: the deeper questions of `stage` to ask now (those
	 * the entry lacks are added to it), or `undefined` to go on.
	 */
	readonly deeper?: (stage: string, text: string) => Promise<readonly string[] | undefined>;
}

/** How a session ended. */
export interface SessionOutcome {
	/** Questions in the session. */
	readonly steps: number;
	/** Answers written. */
	readonly answered: number;
	/** Answers to probes written under the answers. */
	readonly probed?: number;
	/** Commitments added from Way forward answers. */
	readonly committed?: number;
	/** Questions skipped and still unanswered. */
	readonly skipped: number;
	/** `finished`: every step was seen; `stopped`: the user stopped; `failed`: an edit was refused. */
	readonly end: 'finished' | 'stopped' | 'failed';
}

function endOfLine(document: vscode.TextDocument): string {
	return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

/** Shows the question in an editor, with the cursor where its answer goes, without taking focus from the prompt. */
async function reveal(document: vscode.TextDocument, question: Question): Promise<void> {
	const editor = vscode.window.visibleTextEditors.find(visible => visible.document === document)
		?? await vscode.window.showTextDocument(document, { preserveFocus: true, preview: false });
	const answerLine = Math.min(question.line + 1, document.lineCount - 1);
	editor.selection = new vscode.Selection(answerLine, 0, answerLine, 0);
	editor.revealRange(new vscode.Range(question.line, 0, answerLine, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Writes an answer under its question through a `WorkspaceEdit`, against the document as it is now,
 * unsaved changes included. Returns whether the edit was applied; when it was not, the user was told.
 */
async function writeAnswer(document: vscode.TextDocument, question: Question, answer: string): Promise<boolean> {
	return applyEntryEdit(document, toWorkspaceEdit(document, [answerEdit(document.getText(), question, answer, endOfLine(document))]));
}

/**
 * Think It Through: asks the entry's unanswered questions one at a time, and writes each answer
 * under its question. The user may skip, go back, or stop; what was answered stays. Questions
 * are found again before every step, so the user may edit the entry while the session runs.
 */
export async function runGuidedSession(uri: vscode.Uri, prompter: Prompter, options: SessionOptions = {}): Promise<SessionOutcome> {
	const document = await vscode.workspace.openTextDocument(uri);
	const asks = options.asks ?? (() => true);
	const plan = findQuestions(document.getText()).filter(question => !question.answered && asks(question)).map(({ text, line, stage }) => ({ text, line, stage }));
	const deepened = new Set<string>();
	const answered = new Set<number>();
	const skipped = new Set<number>();
	const counts = { probed: 0, committed: 0 };
	const probedStages = new Set<string>();
	const outcome = (end: SessionOutcome['end']): SessionOutcome => ({
		steps: plan.length, answered: answered.size, skipped: skipped.size, end,
		...(counts.probed > 0 ? { probed: counts.probed } : {}), ...(counts.committed > 0 ? { committed: counts.committed } : {}),
	});
	let step = 0;
	while (step < plan.length) {
		const question = relocateQuestion(findQuestions(document.getText()), plan[step]);
		if (!question) {
			step++;
			continue;
		}
		plan[step] = { text: question.text, line: question.line, stage: question.stage };
		await reveal(document, question);
		const currentAnswer = question.answered ? singleLineAnswer(document.getText(), question) : undefined;
		const result = await prompter({
			question: question.text, stage: question.stage, step: step + 1, steps: plan.length,
			currentAnswer, hasLongAnswer: question.answered && currentAnswer === undefined,
		});
		if (result.kind === 'stop') {
			return outcome('stopped');
		}
		if (result.kind === 'back') {
			step = Math.max(0, step - 1);
			continue;
		}
		if (result.kind === 'editor') {
			const editor = await vscode.window.showTextDocument(document, { preview: false, preserveFocus: false });
			const answerLine = Math.min(question.line + 1, document.lineCount - 1);
			editor.selection = new vscode.Selection(answerLine, 0, answerLine, 0);
			if (!await (options.waitForEditor?.() ?? Promise.resolve(true))) {
				return outcome('stopped');
			}
			const now = relocateQuestion(findQuestions(document.getText()), plan[step]);
			(now?.answered ? answered : skipped).add(step);
			step++;
			continue;
		}
		const text = result.kind === 'answer' ? result.text.trim() : '';
		if (text !== '' && text !== currentAnswer) {
			// The document may have changed while the prompt was open: find the question again.
			const now = relocateQuestion(findQuestions(document.getText()), plan[step]);
			if (!now || !await writeAnswer(document, now, text)) {
				void vscode.window.showWarningMessage(vscode.l10n.t(
					'Your answer to "{0}" could not be written, so the entry is unchanged. Copy it from here: {1}', inMessage(question.text), inMessage(text)));
				return outcome('failed');
			}
			const followed = await followUp(document, plan[step], question.stage, text, { prompter, options, probedStages, counts, step: step + 1, steps: plan.length });
			if (followed === 'stopped') {
				answered.add(step);
				return outcome('stopped');
			}
		}
		if (text !== '' || question.answered) {
			answered.add(step);
			skipped.delete(step);
		} else {
			skipped.add(step);
		}
		if (options.deeper && plan[step + 1]?.stage !== question.stage && !deepened.has(question.stage)) {
			deepened.add(question.stage);
			if (!await goDeeper(document, plan, step, options.deeper)) {
				return outcome('failed');
			}
		}
		step++;
	}
	return outcome('finished');
}

/**
 * Offers the deeper questions of the stage the session just finished; those the user takes are asked
 * next, and those the entry lacks are first added at the end of the stage. Returns whether the entry
 * could be changed as needed.
 */
async function goDeeper(document: vscode.TextDocument, plan: { text: string; line: number; stage: string }[], step: number, deeper: NonNullable<SessionOptions['deeper']>): Promise<boolean> {
	const stage = plan[step].stage;
	const wanted = await deeper(stage, document.getText());
	if (!wanted || wanted.length === 0) {
		return true;
	}
	const questions = findQuestions(document.getText());
	const missing = wanted.filter(text => !questions.some(question => question.text === text));
	const last = questions.filter(question => question.stage === stage).at(-1);
	if (missing.length > 0 && (!last || !await applyEntryEdit(document, toWorkspaceEdit(document, [addQuestionsEdit(document.getText(), last, missing, endOfLine(document))])))) {
		return false;
	}
	const now = findQuestions(document.getText());
	const added = wanted.map(text => now.find(question => question.text === text && !question.answered)).filter(question => question !== undefined);
	plan.splice(step + 1, 0, ...added.map(({ text, line }) => ({ text, line, stage })));
	return true;
}

/** What following up an answer needs from the session. */
interface FollowUpContext {
	readonly prompter: Prompter;
	readonly options: SessionOptions;
	readonly probedStages: Set<string>;
	readonly counts: { probed: number; committed: number };
	readonly step: number;
	readonly steps: number;
}

/**
 * The coach's follow-up to an answer: probes as the setting allows, each answer written under the
 * question, and for a Way forward answer that says neither who nor when, the offer of a commitment.
 */
async function followUp(document: vscode.TextDocument, wanted: Pick<Question, 'text' | 'line'>, stage: string, answer: string, context: FollowUpContext): Promise<'done' | 'stopped'> {
	const setting = context.options.probes ?? 'none';
	let asked = 0;
	let last: ProbeKind | undefined;
	let latest = answer;
	for (let probe = nextProbe(setting, stage, latest, { probedStages: context.probedStages, probesOfQuestion: 0 }); probe; probe = nextProbe(setting, stage, latest, { probedStages: context.probedStages, probesOfQuestion: asked, lastProbe: last })) {
		context.probedStages.add(stage);
		const result = await context.prompter({ question: probeQuestions[probe], stage, step: context.step, steps: context.steps, hasLongAnswer: false, probe: true });
		if (result.kind === 'stop') {
			return 'stopped';
		}
		const text = result.kind === 'answer' ? result.text.trim() : '';
		const question = text === '' ? undefined : relocateQuestion(findQuestions(document.getText()), wanted);
		if (question && await applyEntryEdit(document, toWorkspaceEdit(document, [probeAnswerEdit(document.getText(), question, probeQuestions[probe], text, endOfLine(document))]))) {
			context.counts.probed++;
		}
		if (probe === 'whoAndWhen') {
			const commitment = await context.options.offerCommitment?.(answer);
			if (commitment && await applyEntryEdit(document, toWorkspaceEdit(document, [addCommitmentEdit(document.getText(), commitmentLine(commitment), endOfLine(document))]))) {
				context.counts.committed++;
			}
			return 'done';
		}
		if (text === '') {
			return 'done';
		}
		asked++;
		last = probe;
		latest = text;
	}
	return 'done';
}
