/*
 * fuzz_common.h - what the libFuzzer targets share: the entry point, an
 * invariant check that names the failed condition, span checks, the lexicons
 * the segmenter needs and the stand-in word cut of targets that only need
 * word spans.
 *
 * Every target is a single C file that includes this header and defines
 * fuzz_one (the header defines LLVMFuzzerTestOneInput around it); it is
 * built by test/fuzz/run.sh with -fsanitize=fuzzer,address,undefined (or,
 * for the replay of a corpus, with test/fuzz/replay.c as main).
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include "sp_chars.h"
#include "sp_doc.h"
#include "sp_lexicon.h"
#include "sp_quote.h"
#include "sp_utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Every target defines fuzz_one: one input as text (s, size bytes, not
 * NUL-terminated), allocating through env.  Checks REQUIRE or abort().
 */
static void fuzz_one(const SpEnv *env, const char *s, size_t size);

#define REQUIRE(c) do { if (!(c)) { fprintf(stderr, "invariant failed at %s:%d: %s\n", __FILE__, __LINE__, #c); abort(); } } while (0)

static inline void
span_ok(SpSpan sp, size_t len)
{
	REQUIRE(sp.start <= sp.end && sp.end <= len);
}

/*
 * A span of an ordered list (paragraphs, sentences, quantities, ...):
 * non-empty, inside the text of len bytes, and starting at or after prev_end,
 * the end of the span before it (0 for the first).  Returns its end, the
 * next span's prev_end:
 *
 *   for (size_t k = 0, end = 0; k < v.n; k++)
 *       end = span_next_ok(v.items[k].span, end, size);
 */
static inline size_t
span_next_ok(SpSpan sp, size_t prev_end, size_t len)
{
	span_ok(sp, len);
	REQUIRE(sp.start < sp.end);
	REQUIRE(prev_end <= sp.start);
	return sp.end;
}

/* valid UTF-8 (a U+FFFD written as such is valid; one the decoder made of a bad byte is not) */
static inline bool
fuzz_valid_utf8(const char *s, size_t len)
{
	for (size_t i = 0; i < len;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if (cp == SP_REPLACEMENT && !(step == 3 && (unsigned char) s[i] == 0xEF))
			return false;
		i += (size_t) step;
	}
	return true;
}

/*
 * The general lexicon: the built data/speech_zh.lex when the target runs
 * from the project root, else a small one made here (a few words of every
 * flag).  Loaded once; never freed (the process ends with the run).
 */
static inline const SpLexicon *
fuzz_lexicon(void)
{
	static SpLexicon lex;
	static const SpLexWord words[] = {
		{"中华", 6, 900, SP_LEX_WORD}, {"人民", 6, 700, SP_LEX_WORD},
		{"中华人民共和国", 21, 1000, SP_LEX_WORD}, {"成立", 6, 800, SP_LEX_WORD},
		{"和谐社会", 12, 0, SP_LEX_DOMAIN}, {"立于", 6, 0, SP_LEX_SEARCH},
	};
	FILE	   *f;
	size_t		size;
	void	   *image;

	if (lex.hdr != NULL)
		return &lex;
	f = fopen("data/speech_zh.lex", "rb");
	if (f != NULL)
	{
		long		end = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;

		if (end > 0)
		{
			size = (size_t) end;
			image = malloc(size);
			rewind(f);
			REQUIRE(image != NULL && fread(image, 1, size, f) == size);
			if (sp_lexicon_open(&lex, image, size) != NULL)
			{
				free(image);
				lex.hdr = NULL;
			}
		}
		fclose(f);
	}
	if (lex.hdr == NULL)
	{
		image = sp_lexicon_build(&sp_env_malloc, words, sizeof(words) / sizeof(words[0]), 1800, 640, &size);
		REQUIRE(sp_lexicon_open(&lex, image, size) == NULL);
	}
	return &lex;
}

/* a small user-terms lexicon, as speech_terms would give */
static inline const SpLexicon *
fuzz_terms_lexicon(void)
{
	static SpLexicon terms;
	static const SpLexWord user[] = {{"共和", 6, 640, SP_LEX_WORD}, {"清廉村居", 12, 640, SP_LEX_WORD}};
	size_t		size;
	void	   *image;

	if (terms.hdr == NULL)
	{
		image = sp_lexicon_build(&sp_env_malloc, user, 2, 0, 640, &size);
		REQUIRE(sp_lexicon_open(&terms, image, size) == NULL);
	}
	return &terms;
}

/*
 * Stand-in words for targets that need word spans but not the segmenter
 * (which has its own target): runs of letters, digits and Han cut every
 * two characters.
 */
static inline void
fuzz_standin_words(const char *s, size_t size, SpSpanVec *words)
{
	size_t		i = 0;

	while (i < size)
	{
		int			step,
					n = 0;
		size_t		start = i;
		uint32_t	cp;

		while (i < size && n < 2 &&
			   (sp_is_han(cp = sp_u8_decode(s, size, i, &step)) || sp_is_letter(cp) || sp_is_digit(cp)))
		{
			i += (size_t) step;
			n++;
		}
		if (i > start)
		{
			SpSpan		w = {start, i};

			sp_vec_push(&sp_env_malloc, words, w);
		}
		else
		{
			(void) sp_u8_decode(s, size, i, &step);
			i += (size_t) step;
		}
	}
}

/* the entry point of libFuzzer and of replay.c, once for every target */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_one(&sp_env_malloc, (const char *) data, size);
	return 0;
}

#endif							/* FUZZ_COMMON_H */
