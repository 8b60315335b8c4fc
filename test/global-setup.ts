/** Builds the sample gazette once for every build and browser test. */
import type { TestProject } from 'vitest/node';
import { buildSite, removeBuild } from './support/build.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Folder holding the built sample gazette. */
		sampleSite: string;
	}
}

export default async function setup(project: TestProject) {
	const result = await buildSite();
	if (result.code !== 0) throw new Error(`building the sample gazette failed:\n${result.output}`);
	project.provide('sampleSite', result.outDir);
	return () => removeBuild(result.outDir);
}
