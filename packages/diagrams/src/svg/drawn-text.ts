/** Which characters an SVG draws in which face of its font: what an embedded font subset has to cover. */

/** A face of the diagrams' font family, by what the SVG asks for. */
export interface FaceStyle {
    bold: boolean;
    italic: boolean;
}

/**
 * The characters of every `<text>` element of these SVGs (and the `<tspan>`s in it), by face, as the face follows from the
 * `font-weight` and `font-style` attributes of the element or of the groups around it. Titles and descriptions are
 * tooltips the system draws, not text of the drawing, so they do not count.
 */
export function drawnCharacters(svgs: Iterable<string>): DrawnFace[] {
    const drawn = new Map<string, DrawnFace>();
    for (const svg of svgs) collect(svg, drawn);
    return [...drawn.values()];
}

function collect(svg: string, drawn: Map<string, DrawnFace>): void {
    const open: { name: string; face: FaceStyle }[] = [];
    let texts = 0;
    let tooltips = 0;
    for (const token of svg.matchAll(TOKEN)) {
        const [, cdata, closing, name, attributes, selfClosing, text] = token;
        const face = open.at(-1)?.face ?? UPRIGHT;
        if (text !== undefined || cdata !== undefined) {
            if (texts === 0 || tooltips > 0) continue;
            const key = faceKey(face);
            let entry = drawn.get(key);
            if (!entry) drawn.set(key, (entry = { face, characters: new Set() }));
            for (const character of cdata ?? decodeXmlText(text!)) entry.characters.add(character);
        } else if (name === undefined || selfClosing) {
            // a comment, the XML prolog or an empty element: no text of its own
        } else if (closing) {
            const element = open.pop()?.name;
            if (element === 'text') texts--;
            if (element === 'title' || element === 'desc') tooltips--;
        } else {
            open.push({ name, face: { bold: boldOf(attributes!, face.bold), italic: italicOf(attributes!, face.italic) } });
            if (name === 'text') texts++;
            if (name === 'title' || name === 'desc') tooltips++;
        }
    }
}

export interface DrawnFace {
    face: FaceStyle;
    characters: Set<string>;
}

const UPRIGHT: FaceStyle = { bold: false, italic: false };

function faceKey(face: FaceStyle): string {
    return `${face.bold ? 'bold' : 'normal'}-${face.italic ? 'italic' : 'normal'}`;
}

/**
 * A comment, processing instruction or declaration; a start, end or empty tag (`/`, name, attributes, `/`); text;
 * or a CDATA section's text.
 */
const TOKEN =
    /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<(\/?)([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

function attribute(attributes: string, name: string): string | undefined {
    return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
        .exec(attributes)
        ?.slice(1)
        .find(value => value !== undefined);
}

function boolOf(value: string | undefined, inherited: boolean, isSet: (value: string) => boolean): boolean {
    return value === undefined || value.trim() === 'inherit' ? inherited : isSet(value.trim());
}

function boldOf(attributes: string, inherited: boolean): boolean {
    return boolOf(attribute(attributes, 'font-weight'), inherited, value => value === 'bold' || value === 'bolder' || Number(value) >= 600);
}

function italicOf(attributes: string, inherited: boolean): boolean {
    return boolOf(attribute(attributes, 'font-style'), inherited, value => value === 'italic' || value === 'oblique');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
    return text.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));/gi, (whole, hex: string, decimal: string, named: string) =>
        hex !== undefined
            ? String.fromCodePoint(Number.parseInt(hex, 16))
            : decimal !== undefined
              ? String.fromCodePoint(Number.parseInt(decimal, 10))
              : (NAMED_ENTITIES[named] ?? whole)
    );
}
