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
#include "fuzz_common.h"
#include "sp_numeral.h"
#include "sp_segment.h"

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

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpSegOptions opt = {fuzz_lexicon(), fuzz_terms_lexicon(), size % 2 == 0};
	SpSegState	st;
	SpToken		t;
	size_t		covered = 0;

	sp_seg_begin(&st, &opt, s, size);
	while (sp_seg_next(env, &st, &t))
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
	sp_seg_end(env, &st);
}
