import type { CSSProperties } from 'react';

/** Korean wraps between words, not inside them ("점검표" stays whole at the end of a line). */
export const KEEP_WORDS: CSSProperties = { wordBreak: 'keep-all', overflowWrap: 'anywhere' };
