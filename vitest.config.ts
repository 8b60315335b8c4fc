import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] } },
			{
				test: {
					name: 'site',
					include: ['test/**/*.test.ts'],
					globalSetup: ['test/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					// Builds and a browser share two cores: one file at a time.
					fileParallelism: false,
				},
			},
		],
	},
});
