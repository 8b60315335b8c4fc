/** How a reader cites a document: 《title》（文号）, then its permanent address. */
export const citationOf = (d: { title: string; docNumber: string }, permalink: string) => `《${d.title}》（${d.docNumber}），${permalink}`;
