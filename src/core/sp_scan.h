/*
 * sp_scan.h - scanning helpers of the structure stages (paragraphs,
 * sentences, outline, document parts) and of speech_clean: skipping what a
 * reader does not see (white space, zero-width characters, HTML tags and
 * &nbsp;, recognised noise), and recognising sentence-final punctuation.
 * The stage entry points are in sp_pipeline.h.
 */
#ifndef SP_SCAN_H
#define SP_SCAN_H

#include "sp_doc.h"

/* an HTML tag (<p ...>, </span>, <br/>) starting at i: its end, and whether it breaks a paragraph */
bool		sp_html_tag_at(const char *s, size_t len, size_t i, size_t *end, bool *block);

/* an HTML entity (&nbsp; &#8226; &amp;) at i: its end and the code point it stands for */
bool		sp_html_entity_at(const char *s, size_t len, size_t i, size_t *end, uint32_t *cp);

/*
 * Skip white space, zero-width characters, inline HTML tags and &nbsp; from i
 * up to limit; returns the first visible byte (or limit).  Block tags are
 * skipped too: a caller that cares about them finds them first.
 */
size_t		sp_skip_invisible(const char *s, size_t limit, size_t i);

/* the end of the visible text in [from, i): trailing invisible stuff removed */
size_t		sp_trim_back(const char *s, size_t from, size_t i);

/*
 * The number of characters of the run of visible characters (up to white
 * space or a line break) that starts at i, or that ends at i; counting stops
 * after cap + 1, so the cost is bounded whatever the run.
 */
size_t		sp_run_chars_fwd(const char *s, size_t limit, size_t i, size_t cap);
size_t		sp_run_chars_back(const char *s, size_t from, size_t i, size_t cap);

/* 。！？!? and the like: characters that end a sentence in any script (not '.') */
bool		sp_is_sentence_final(uint32_t cp);

/* characters after which a line may end without the sentence continuing */
bool		sp_is_line_final(uint32_t cp);

/* noise spans are sorted by start: the end of the noise span that starts at i, else i */
size_t		sp_skip_noise(const SpDoc *doc, size_t *cursor, size_t i);

#endif
