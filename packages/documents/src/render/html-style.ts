/**
 * The stylesheet of the HTML document, inlined so that the file needs nothing else. On screen: a readable
 * column that tables may scroll out of on a phone. In print: A4 with the margins of Nghị định 30/2020/NĐ-CP
 * (top and bottom 20 mm, left 30 mm, right 15 mm), a chapter per page, table headers repeated, no table row or
 * figure cut across pages; a wide table and a figure the document model places on a landscape page get one (bound
 * on its top edge, as in the Word file), so that the table's columns keep their room and the figure, fitted to the
 * page's width as in Word, prints its smallest text at the size the document model worked out. Each figure prints
 * at the size the document model placed it at, which leaves its caption room on the same page.
 */
export const HTML_STYLE = `
:root { --ink: #1a1a1a; --muted: #5a5a5a; --rule: #b8b8b8; --head: #e8edf3; --group: #f3f4f6; --flag: #fff3e0; --warn: #a4260b; --link: #0b4f8a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 4rem; color: var(--ink); background: #fff;
  font-family: "Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif; font-size: 1.0625rem; line-height: 1.55; }
a { color: var(--link); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
h1, h2, h3, h4, h5 { line-height: 1.3; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; font-style: italic; }
.number { font-variant-numeric: tabular-nums; }
p { margin: 0.5rem 0; text-align: justify; hyphens: auto; }
.cover { text-align: center; padding: 3rem 0 2rem; border-bottom: 2px solid var(--ink); margin-bottom: 2rem; }
.cover h1 { font-size: 1.8rem; margin: 1.5rem 0 0.75rem; text-transform: uppercase; text-wrap: balance; }
.cover p { text-align: center; }
.cover-national { font-weight: bold; margin: 0; }
.cover-national + .cover-national { text-decoration: underline; margin-bottom: 1.5rem; }
.cover-body { font-weight: bold; letter-spacing: 0.02em; }
.cover-draft { display: inline-block; font-weight: bold; border: 1px solid var(--ink); padding: 0.2rem 0.8rem; }
.cover-version { font-size: 1.2rem; font-weight: bold; }
.cover-line { font-style: italic; }
.cover-date { margin-top: 2rem; font-style: italic; }
.contents h2 { border: 0; text-align: center; }
.contents ol { list-style: none; padding-left: 1.25rem; margin: 0.25rem 0; }
.contents > ol { padding-left: 0; }
.contents li { margin: 0.2rem 0; }
.preface p { font-style: italic; }
p.note, .table-note { color: var(--muted); font-size: 0.9rem; }
p.warning { border-left: 4px solid var(--warn); padding: 0.35rem 0.75rem; background: var(--flag); }
.warning { color: var(--warn); }
.muted { color: var(--muted); font-size: 0.88em; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.85em; }
.table { margin: 1.25rem 0; }
.table-scroll, .diagram-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; line-height: 1.4; }
caption { caption-side: top; text-align: center; font-weight: bold; padding: 0.35rem 0; }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
th { background: var(--head); font-weight: bold; }
td.right { text-align: right; font-variant-numeric: tabular-nums; }
td.center { text-align: center; }
tr.group td { background: var(--group); }
tr.subgroup td { border-bottom-style: dotted; }
tr.total td { font-weight: bold; border-top: 2px solid var(--ink); }
tr.flag td { background: var(--flag); }
tr:target td, section:target > h2, section:target > h3, section:target > h4 { background: #fff1a8; }
figure.diagram { margin: 1.5rem 0; text-align: center; }
figure.diagram svg { max-width: 100%; height: auto; }
figcaption { font-weight: bold; margin-top: 0.5rem; }
.back { text-align: right; font-size: 0.85rem; }
@media (max-width: 40rem) {
  body { padding: 0.75rem 0.75rem 3rem; font-size: 1rem; }
  p { text-align: left; }
  .cover { padding-top: 1.5rem; }
  .cover h1 { font-size: 1.35rem; }
  table { font-size: 0.85rem; }
  th, td { padding: 0.25rem 0.3rem; }
  .table-scroll table { min-width: 36rem; }
}
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page landscape { size: A4 landscape; margin: 30mm 20mm 15mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 13pt; }
  a { color: inherit; }
  .back { display: none; }
  .contents, section.starts-page { break-before: page; page-break-before: always; }
  .table-scroll, .diagram-scroll { overflow: visible; }
  table { font-size: 10.5pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  figure.diagram { break-inside: avoid; page-break-inside: avoid; }
  /* A paragraph that introduces a list ("Kết quả đạt được:") stays on the page of its first item, as in Word. */
  p:has(+ ul) { break-after: avoid; page-break-after: avoid; }
  /* Scaled to the width alone, a tall drawing would outgrow the page and be cut; the placement leaves its caption room. */
  figure.diagram svg { width: var(--print-width); height: var(--print-height); max-width: 100%; }
  figure.diagram.landscape { page: landscape; }
  .table.landscape { page: landscape; }
  tr.flag td, p.warning, th, tr.group td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
