import type { LangiumDocument } from 'langium';
import type { RenameProvider } from 'langium/lsp';
import {
    ErrorCodes,
    ResponseError,
    type PrepareRenameParams,
    type Range,
    type RenameParams,
    type WorkspaceEdit
} from 'vscode-languageserver';
import type { KtsServices } from '../kts-module.js';
import { renameRefusal } from '../model/vocabulary.js';
import { documentName, isReadOnlyDocument, readOnlySubject, renameEdits } from './rename-edits.js';
import { renameSubjectAt, type RenameRefused, type RenameSubject } from './rename-subject.js';

/**
 * Rename that keeps every reference pointing where it pointed: elements, tasks, goals, principles, frameworks
 * and workspace catalogue entries, across files and frameworks (see renameEdits). What cannot be renamed is
 * refused with a ResponseError whose message says why: VS Code shows it at the cursor, in the rename box's
 * place, and other clients show an error message.
 */
export class KtsRenameProvider implements RenameProvider {
    constructor(private readonly services: KtsServices) {}

    prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range {
        return this.subject(document, params).range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit {
        const subject = this.subject(document, params);
        const result = renameEdits(this.services, subject, params.newName, this.language());
        if ('kind' in result) throw this.refusal(result);
        return result;
    }

    private subject(document: LangiumDocument, params: PrepareRenameParams): RenameSubject {
        if (isReadOnlyDocument(document.uri)) {
            throw this.refusal({ kind: 'refused', reason: 'readOnlyDocument', args: { document: documentName(document.uri) } });
        }
        const offset = document.textDocument.offsetAt(params.position);
        const subject = renameSubjectAt(
            document,
            offset,
            this.services.parser.GrammarConfig.nameRegexp,
            this.services.references.ScopeProvider
        );
        if (subject.kind === 'refused') throw this.refusal(subject);
        const readOnly = readOnlySubject(subject, this.language());
        if (readOnly) throw this.refusal(readOnly);
        return subject;
    }

    private refusal(refused: RenameRefused): ResponseError<void> {
        return new ResponseError(ErrorCodes.InvalidRequest, renameRefusal(refused.reason, this.language(), refused.args));
    }

    private language() {
        return this.services.config.ConfigProvider.get().language;
    }
}
