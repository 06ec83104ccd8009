import { foldVietnamese, type FrameworkLevel, type Language } from '@kts/language/model';

export interface SkeletonInput {
    level: FrameworkLevel;
    /** The body's official Vietnamese name, e.g. "Ủy ban nhân dân tỉnh Lào Cai" or "Bộ Tư pháp". */
    bodyName: string;
    id: string;
    /** Language of the comments that guide the author; the framework's own texts stay Vietnamese. */
    language: Language;
}

// Words that every body of a level shares: the id keeps what tells bodies apart ("Lào Cai", "Tư pháp").
const GENERIC_WORDS = /^(uy ban nhan dan|ubnd|bo|tinh|thanh pho|tp)\s+/;

/** A framework id from the body's name: "Ủy ban nhân dân tỉnh Lào Cai" → `laocai`, "Bộ Tư pháp" → `bo-tuphap`. */
export function suggestFrameworkId(bodyName: string, level: FrameworkLevel): string {
    let folded = foldVietnamese(bodyName.normalize('NFC')).trim().replace(/\s+/g, ' ');
    for (let previous = ''; previous !== folded; ) {
        previous = folded;
        folded = folded.replace(GENERIC_WORDS, '');
    }
    const core = folded.replace(/[^a-z0-9]+/g, '');
    if (core === '') return level === 'ministry' ? 'bo' : 'tinh';
    const id = level === 'ministry' ? `bo-${core}` : core;
    return /^[0-9]/.test(id) ? `k${id}` : id;
}

/** Whether a framework id is a KTS identifier (letters, digits, `_`, parts joined by `-`). */
export function isFrameworkId(id: string): boolean {
    return /^[A-Za-z_\u00C0-\u024F\u1E00-\u1EFF][A-Za-z0-9_\u00C0-\u024F\u1E00-\u1EFF]*(-[A-Za-z0-9_\u00C0-\u024F\u1E00-\u1EFF]+)*$/.test(
        id
    );
}

interface Guide {
    header: string;
    parts: Record<'a' | 'b' | 'c' | 'd' | 'đ' | 'e' | 'g', string>;
    layerHint: string;
}

/** The framework's texts are Vietnamese whatever the guide's language; this marks what the author still writes. */
const PLACEHOLDER = 'Cần bổ sung';

const GUIDES: Record<Language, Guide> = {
    vi: {
        header: 'Khung kiến trúc số — bộ khung tạo bởi KTS. Các nội dung a–g theo Chương 1, mục III.2 của Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0.',
        parts: {
            a: 'a. Tầm nhìn',
            b: 'b. Mục tiêu theo giai đoạn',
            c: 'c. Phạm vi áp dụng',
            d: 'd. Nguyên tắc (phù hợp với các nguyên tắc a–l của Chương 1, III.3)',
            đ: 'đ. Kiến trúc hiện trạng: năm kiến trúc thành phần',
            e: 'e. Kiến trúc mục tiêu: năm kiến trúc thành phần',
            g: 'g. Tổ chức triển khai: nhiệm vụ, duy trì và cập nhật, kiểm tra tuân thủ'
        },
        layerHint:
            'Gõ tên loại phần tử (app, platform, database, …) rồi chọn đoạn mã mẫu; "KTS: Tra cứu danh mục tham chiếu" để tìm thành phần quốc gia.'
    },
    en: {
        header: 'Digital architecture framework — skeleton written by KTS. Parts a–g follow Chapter 1, III.2 of the national Digital Government Architecture Framework, version 4.0.',
        parts: {
            a: 'a. Vision',
            b: 'b. Goals by period',
            c: 'c. Scope',
            d: 'd. Principles (consistent with the national principles a–l, Chapter 1, III.3)',
            đ: 'đ. Current architecture: the five component architectures',
            e: 'e. Target architecture: the five component architectures',
            g: 'g. Implementation: tasks, maintenance and updates, compliance checks'
        },
        layerHint:
            'Type an element kind (app, platform, database, …) and pick its snippet; "KTS: Search Reference Catalogue" finds national components.'
    }
};

const LAYERS: Array<[string, string]> = [
    ['business', 'Kiến trúc nghiệp vụ'],
    ['data', 'Kiến trúc dữ liệu'],
    ['application', 'Kiến trúc ứng dụng'],
    ['technology', 'Kiến trúc công nghệ'],
    ['security', 'Kiến trúc an toàn thông tin mạng, an ninh mạng']
];

function quoted(text: string): string {
    return `"${text.normalize('NFC').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A framework that already has every mandatory part (a–g) and validates: the author replaces the
 * "Cần bổ sung" texts and fills the component architectures.
 */
export function frameworkSkeleton(input: SkeletonInput): string {
    const guide = GUIDES[input.language];
    const todo = (what: string) => quoted(`${PLACEHOLDER}: ${what}`);
    const isProvince = input.level === 'province';
    const layers = (state: 'current' | 'target') =>
        LAYERS.map(
            ([layer, title]) =>
                `        ${layer} {\n            description ${todo(`${title.toLowerCase()} ${state === 'current' ? 'hiện trạng' : 'mục tiêu'}`)}\n        }`
        ).join('\n');
    return [
        `// ${guide.header}`,
        `framework ${input.id} {`,
        `    body ${quoted(input.bodyName.trim())}`,
        `    level ${input.level}`,
        `    version "4.0"`,
        `    conforms "4.0"`,
        ``,
        `    // ${guide.parts.a}`,
        `    vision ${todo(`tầm nhìn của khung kiến trúc ${isProvince ? 'Chính quyền số' : 'Chính phủ số'} đến năm 2030`)}`,
        ``,
        `    // ${guide.parts.b}`,
        `    goals {`,
        `        period 2026-2030 {`,
        `            goal g1 ${todo('mục tiêu thứ nhất')}`,
        `        }`,
        `    }`,
        ``,
        `    // ${guide.parts.c}`,
        `    scope {`,
        `        applies ${quoted(isProvince ? 'Các sở, ban, ngành và Ủy ban nhân dân cấp xã' : 'Các đơn vị trực thuộc Bộ')}`,
        `    }`,
        ``,
        `    // ${guide.parts.d}`,
        `    principles {`,
        `        principle p1 ${quoted('Tuân thủ Khung kiến trúc Chính phủ số Việt Nam')} { implements a }`,
        `    }`,
        ``,
        `    // ${guide.parts.đ}`,
        `    // ${guide.layerHint}`,
        `    current {`,
        layers('current'),
        `    }`,
        ``,
        `    // ${guide.parts.e}`,
        `    target {`,
        layers('target'),
        `    }`,
        ``,
        `    // ${guide.parts.g}`,
        `    implementation {`,
        `        maintenance {`,
        `            responsible ${todo('đơn vị chủ trì duy trì, cập nhật khung kiến trúc')}`,
        `            tools "KTS"`,
        `            frequency ${todo('tần suất cập nhật, ví dụ mỗi năm một lần')}`,
        `        }`,
        `        compliance {`,
        `            responsible ${todo('đơn vị kiểm tra việc tuân thủ khung kiến trúc')}`,
        `            description ${todo('cách kiểm tra việc tuân thủ')}`,
        `        }`,
        `    }`,
        `}`,
        ``
    ].join('\n');
}
