/*
 * libFuzzer target: the text-search tokenizer (sp_seg_*) and the search
 * words around its tokens on arbitrary bytes.  Beyond "no crash, no leak, no
 * UB", it checks what the parser promises PostgreSQL: the tokens partition
 * the input in order, Han tokens name their characters in the chunk, search
 * words lie inside the text and start in (or, covering, reach into) their
 * token, and numeral spellings fit their buffer.  The lexicon is the built
 * data/speech_zh.lex when present (run from the project root), else a small
 * one made here.
 */
#include "sp_lexicon.h"
#include "sp_segment.h"
#include "sp_utf8.h"

#include <stdio.h>
#include <stdlib.h>

#define REQUIRE(c) do { if (!(c)) abort(); } while (0)

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static SpLexicon lex,
			terms;

static void
load(void)
{
	static const SpLexWord words[] = {
		{"中华", 6, 900, SP_LEX_WORD}, {"人民", 6, 700, SP_LEX_WORD},
		{"中华人民共和国", 21, 1000, SP_LEX_WORD}, {"成立", 6, 800, SP_LEX_WORD},
		{"和谐社会", 12, 0, SP_LEX_DOMAIN}, {"立于", 6, 0, SP_LEX_SEARCH},
	};
	static const SpLexWord user[] = {{"共和", 6, 640, SP_LEX_WORD}};
	FILE	   *f = fopen("data/speech_zh.lex", "rb");
	size_t		size;
	void	   *image;

	if (f != NULL && fseek(f, 0, SEEK_END) == 0 && (size = (size_t) ftell(f)) > 0)
	{
		image = malloc(size);
		rewind(f);
		REQUIRE(fread(image, 1, size, f) == size);
		if (sp_lexicon_open(&lex, image, size) != NULL)
			free(image), f = NULL;
	}
	else
		f = NULL;
	if (f == NULL)
	{
		image = sp_lexicon_build(&sp_env_malloc, words, sizeof(words) / sizeof(words[0]), 1800, 640, &size);
		REQUIRE(sp_lexicon_open(&lex, image, size) == NULL);
	}
	else
		fclose(f);
	image = sp_lexicon_build(&sp_env_malloc, user, 1, 0, 640, &size);
	REQUIRE(sp_lexicon_open(&terms, image, size) == NULL);
}

typedef struct Check
{
	size_t		len;
	SpToken		tok;
	bool		covering;
} Check;

static void
word_ok(void *arg, size_t a, size_t b)
{
	const Check *c = arg;

	REQUIRE(a < b && b <= c->len);
	if (c->covering)
		REQUIRE(a < c->tok.end && b > c->tok.start);
	else
		REQUIRE(a >= c->tok.start && a < c->tok.end);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	SpSegOptions opt = {&lex, &terms, size % 2 == 0};
	SpSegState	st;
	SpToken		t;
	size_t		covered = 0;

	if (lex.hdr == NULL)
		load();
	sp_seg_begin(&st, &opt, s, size);
	while (sp_seg_next(&sp_env_malloc, &st, &t))
	{
		char		buf[64];
		size_t		numlen;

		REQUIRE(t.start == covered && t.end > t.start && t.end <= size);
		REQUIRE(t.type > SP_TOK_NONE && t.type < SP_TOK__COUNT);
		covered = t.end;
		if (t.cj > t.ci)
		{
			Check		c = {size, t, false};

			REQUIRE(t.cj <= st.cps.n && st.off.items[t.ci] == t.start && st.off.items[t.cj] == t.end);
			sp_seg_words(&st, t.ci, t.cj, false, word_ok, &c);
			c.covering = true;
			sp_seg_words(&st, t.ci, t.cj, true, word_ok, &c);
		}
		if (sp_arabic_numeral(s + t.start, t.end - t.start, buf, &numlen) > 0)
			REQUIRE(numlen <= sizeof(buf));
	}
	REQUIRE(covered == size);
	sp_seg_end(&sp_env_malloc, &st);
	return 0;
}
