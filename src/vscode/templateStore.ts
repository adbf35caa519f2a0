import * as vscode from 'vscode';
import { decodeText } from '../core/textFile';

/** The built-in coaching templates, shipped as markdown files in the extension's `templates` folder. */
export class TemplateStore {
	constructor(private readonly extensionUri: vscode.Uri) { }

	/** The built-in template of area `areaId`, or the general one when the area has none. */
	async read(areaId: string): Promise<string> {
		try {
			return await this.readFile(areaId);
		} catch {
			return this.readFile('general');
		}
	}

	private async readFile(name: string): Promise<string> {
		return decodeText(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'templates', `${name}.md`)));
	}
}
