import {
    AstUtils,
    CstUtils,
    DefaultAstNodeDescriptionProvider,
    type AstNode,
    type AstNodeDescription,
    type DocumentSegment,
    type LangiumDocument,
    type NameProvider,
    type URI
} from 'langium';

/**
 * Descriptions that locate their node's text when it is first asked for. Langium's locate the whole node when they
 * are made (its range, three objects, kept as long as the index): a cold `kts validate` describes the 25,000 elements
 * of a national workspace and reads none of them; the editor reads a few (outline, symbol search, a definition).
 */
export class KtsAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const path = this.astNodeLocator.getAstNodePath(node);
        const described = name ?? this.nameProvider.getName(node);
        if (!described) throw new Error(`Node at path ${path} has no name.`);
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        return new LocatedOnUse(node, described, node.$type, uri, path, this.nameProvider);
    }
}

class LocatedOnUse implements AstNodeDescription {
    private locatedName: DocumentSegment | undefined;
    private locatedSelection: DocumentSegment | undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly type: string,
        readonly documentUri: URI,
        readonly path: string,
        private readonly nameProvider: NameProvider
    ) {}

    get nameSegment(): DocumentSegment | undefined {
        this.locatedName ??= CstUtils.toDocumentSegment(this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
        return this.locatedName;
    }

    get selectionSegment(): DocumentSegment | undefined {
        this.locatedSelection ??= CstUtils.toDocumentSegment(this.node.$cstNode);
        return this.locatedSelection;
    }
}
