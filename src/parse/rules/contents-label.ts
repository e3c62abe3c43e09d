import { undecorate } from './decoration.js';
import { CONTENTS_WORDS } from './languages/index.js';

const CONTENTS_LABEL = new RegExp(`^(?:${CONTENTS_WORDS})[.:：]?$`, 'iu');

/** `Contents`, `Inhaltsverzeichnis`, `~ 目次 ~` alone on a line: a contents list follows. */
export const isContentsLabel = (text: string): boolean => text.length <= 60 && CONTENTS_LABEL.test(undecorate(text).inner.trim());
