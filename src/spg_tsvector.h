/*
 * spg_tsvector.h - a tsvector made from speech_parser's tokens in one pass,
 * without PostgreSQL's parse -> lexize -> sort pipeline (spg_tsvector.c).
 */
#ifndef SPG_TSVECTOR_H
#define SPG_TSVECTOR_H

#include "tsearch/ts_type.h"

/*
 * The tsvector to_tsvector(cfg, text) makes of the len bytes at buf (the
 * database encoding), each position weighted by weight_at(arg, b) (0 = D
 * .. 3 = A), b the token's start in the text's UTF-8 form; the tokens come
 * in text order.  NULL when the configuration's parser is not speech_parser
 * or speech_parser_exact, or one of its dictionaries asks for the next
 * token (a thesaurus): then the caller goes through the pipeline.  *clamped:
 * whether positions went past 16383 (they are stored as 16383).
 */
extern TSVector spg_tsvector_build(Oid cfg_id, const char *buf, size_t len,
								   int (*weight_at) (void *arg, size_t b), void *arg,
								   bool *clamped);

/*
 * Whether a lexeme of tv holds position 16383 (words past it were stored
 * there); full: or 255 positions, the most to_tsvector keeps of a lexeme
 * (speech_positions_clamped).
 */
extern bool spg_tsvector_clamped(TSVector tv, bool full);

#endif							/* SPG_TSVECTOR_H */
