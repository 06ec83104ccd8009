import type { AstNode } from 'langium';
import { AbstractFormatter, Formatting } from 'langium/lsp';

/** Puts each block's content on its own indented lines and the closing brace on a line of its own. */
export class KtsFormatter extends AbstractFormatter {
    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        const open = formatter.keywords('{');
        const close = formatter.keywords('}');
        if (open.nodes.length === 0 || close.nodes.length === 0) return;
        open.prepend(Formatting.oneSpace());
        formatter.interior(open, close).prepend(Formatting.indent());
        close.prepend(Formatting.newLine());
    }
}
