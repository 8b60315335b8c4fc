/** Presentation rules of the statistics table, as printed. */

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二: the ordinal printed before each top-level indicator. */
export function chineseOrdinal(n: number): string {
	if (n <= 10) return ORDINALS[n - 1];
	if (n < 20) return `十${ORDINALS[n - 11]}`;
	const tens = Math.floor(n / 10);
	return `${ORDINALS[tens - 1]}十${n % 10 === 0 ? '' : ORDINALS[(n % 10) - 1]}`;
}

/** A figure as printed: the digits the editor wrote, with a real minus sign for screen readers left to CSS. */
export function formatFigure(value: number): string {
	return String(value);
}
