import { DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';

/**
 * For one-shot commands (`kts validate`, `generate`, `diagram`): the reference index serves only
 * find-references, the hover's usage count and relinking after an edit, none of which a command that
 * builds once and exits asks for. Skipping it saves about a tenth of a national-scale validation.
 */
export class WithoutReferenceIndex extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(_document: LangiumDocument): Promise<ReferenceDescription[]> {
        return [];
    }
}
