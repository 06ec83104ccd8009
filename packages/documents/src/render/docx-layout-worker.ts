import { parentPort, workerData } from 'node:worker_threads';
import type { Document, IXmlableObject } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { wordDocument } from './docx-frame.js';
import { PAGE_LAYOUT_OPTIONS } from './docx-layout-options.js';
import type { PageLayoutJob, PageLayoutReply, PageLayoutWorkerData } from './docx-layout-workers.js';

// A page-layout worker (docx-layout-workers.ts): reads the fonts once, then lays out each piece of a body it is sent
// in a Word file made as the written one is, but for its body, and sends its page numbers back.
const { fonts } = workerData as PageLayoutWorkerData;
const port = parentPort!;
const estimator = estimatePageNumbersWith({ ...PAGE_LAYOUT_OPTIONS, fonts });
const files = new Map<string, Document>();

port.on('message', ({ index, language, landscape, body }: PageLayoutJob) => {
    let reply: PageLayoutReply;
    try {
        const file = fileFor(language, landscape, body);
        reply = { index, pageNumbers: estimator(body, { file, viewWrapper: file.Document, stack: [] }) };
    } catch (error) {
        reply = { index, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
});

/** The file, with the lists the body numbers its paragraphs in, as the written file has them once its body is made. */
function fileFor(language: PageLayoutJob['language'], landscape: readonly boolean[], body: IXmlableObject): Document {
    const key = JSON.stringify([language, landscape]);
    let file = files.get(key);
    if (!file) {
        file = wordDocument({ language, runs: landscape.map(turned => ({ landscape: turned, children: [] })) });
        files.set(key, file);
    }
    for (const [, reference, instance] of JSON.stringify(body).matchAll(/"\{([^"{}]+)-(\d+)\}"/g)) {
        file.Numbering.createConcreteNumberingInstance(reference!, Number(instance));
    }
    return file;
}
