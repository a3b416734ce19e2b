/*
 * spg_words.h - the word tokens of a text as speech_zh indexes them, for
 * speech_words and speech_ngrams: the core's forms (sp_termcount.h), the
 * stop words of tsearch_data/speech_zh.stop marked, words of letters stemmed
 * by english_stem (which also drops English stop words).
 */
#ifndef SPG_WORDS_H
#define SPG_WORDS_H

#include "sp_termcount.h"
#include "spg_text.h"

/* tokens of in (UTF-8), in memory of the current context */
extern void spg_word_tokens(SpgText in, SpWordTokVec *out, bool stem);

#endif							/* SPG_WORDS_H */
