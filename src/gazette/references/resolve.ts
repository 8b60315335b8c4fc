/**
 * Who refers to whom across the gazette: resolves the references found in
 * every text (citations by 文号, mentions by title) to the documents the
 * gazette holds, and splits text into plain and linked segments. Pure.
 */
import { findReferences, regulationTitleKey, type Reference } from './citations.ts';
import { docNumberSlug, parseCanonicalDocNumber } from '../docNumber.ts';

export interface RefTarget {
	/** 文号, canonical. */
	docNumber: string;
	/** The regulation's own title. */
	regulationTitle: string;
	/** Where the document's page is. */
	url: string;
}

export interface ResolvedReference extends Reference {
	/** The gazette document referred to, when the gazette holds it. */
	target?: RefTarget;
}

/** A piece of text, linked or not: what cross-references make of a text. */
export interface Segment {
	text: string;
	/** Set when the segment refers to a page of the gazette (a document, a 责任单位). */
	href?: string;
	/** Extra class for the link, e.g. unit links. */
	className?: string;
}

export interface AmbiguousTitle {
	title: string;
	candidates: string[];
}

export class ReferenceResolver {
	readonly #byNumber = new Map<string, RefTarget>();
	readonly #byTitle = new Map<string, RefTarget[]>();
	readonly #codes = new Set<string>();
	/** Titles that named more than one document: reported, never guessed. */
	readonly ambiguous = new Map<string, AmbiguousTitle>();

	constructor(targets: RefTarget[]) {
		for (const t of targets) {
			const parsed = parseCanonicalDocNumber(t.docNumber);
			if (!parsed) continue;
			this.#byNumber.set(docNumberSlug(parsed), t);
			this.#codes.add(parsed.issuerCode);
			const key = regulationTitleKey(t.regulationTitle);
			this.#byTitle.set(key, [...(this.#byTitle.get(key) ?? []), t]);
		}
	}

	/** References in `text`, resolved; `self` (a 文号) is never a reference to itself. */
	resolve(text: string, self?: string): ResolvedReference[] {
		return findReferences(text, this.#codes)
			.map((ref): ResolvedReference => ({ ...ref, target: this.#target(ref) }))
			.filter((ref) => ref.target?.docNumber !== self || self === undefined);
	}

	#target(ref: Reference): RefTarget | undefined {
		if (ref.docNumber) {
			const parsed = parseCanonicalDocNumber(ref.docNumber);
			return parsed ? this.#byNumber.get(docNumberSlug(parsed)) : undefined;
		}
		const key = regulationTitleKey(ref.title!);
		const found = this.#byTitle.get(key) ?? [];
		if (found.length > 1) this.ambiguous.set(key, { title: key, candidates: found.map((f) => f.docNumber) });
		return found.length === 1 ? found[0] : undefined;
	}

	/** `text` cut into plain and linked segments. */
	segments(text: string, self?: string): Segment[] {
		const out: Segment[] = [];
		let at = 0;
		for (const ref of this.resolve(text, self)) {
			if (!ref.target || ref.start < at) continue;
			if (ref.start > at) out.push({ text: text.slice(at, ref.start) });
			out.push({ text: text.slice(ref.start, ref.end), href: ref.target.url });
			at = ref.end;
		}
		if (at < text.length) out.push({ text: text.slice(at) });
		return out;
	}
}
