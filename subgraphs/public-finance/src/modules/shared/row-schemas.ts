import { z } from 'zod';

/** Whole đồng as SQL hands them on: sums of bigint cast to text, so no amount loses digits in a JavaScript number. */
export const AMOUNT_TEXT = z.string().regex(/^\d+$/);

/** A percentage rounded in SQL (float8); null when there is nothing to divide by. */
export const RATE = z.number().nullable();
