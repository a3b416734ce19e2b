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
 * token (a thesaurus): then the caller goes through the pipeline.
 */
extern TSVector spg_tsvector_build(Oid cfg_id, const char *buf, size_t len,
								   int (*weight_at) (void *arg, size_t b), void *arg);

#endif							/* SPG_TSVECTOR_H */
