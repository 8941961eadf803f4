/** The numbers a text states (60, 0.5, 150): sizes, prices and counts are what a model gets wrong. */
export const numbersIn = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];
