/*
 * libFuzzer target: passages (sp_passages, sp_passage_path: speech_passages)
 * on arbitrary bytes, at a target size chosen by the first byte (the SQL
 * range starts at 10) and at the default 1000.  Checks what sp_passage.h
 * promises: passages non-empty, in order, not overlapping, trimmed, at most
 * target characters as SQL counts them (pos and len from the character
 * index, inside the text); between them nothing of a sentence but white
 * space (markup and noise outside the sentences may be left out), so
 * together they hold every sentence; a sentence that fits the target inside
 * one passage; no passage across the start of a top-level section (the
 * boundary is before the sentence holding its marker: "## 第一章" starts the
 * chapter); the section of a passage holds it (or starts after such a
 * prefix); a heading path is NUL-terminated, and of its stated length
 * and valid UTF-8 when the input is text PostgreSQL can hold.
 */
#include "fuzz_common.h"
#include "sp_charindex.h"
#include "sp_passage.h"

static bool
white_at(const char *s, size_t len, size_t i, int *step)
{
	uint32_t	cp = sp_u8_decode(s, len, i, step);

	return sp_is_space(cp) || sp_is_newline(cp) || sp_is_ignorable(cp);
}

/* between passages: nothing of a sentence but white space */
static void
gap_ok(const char *s, size_t size, const char *in_sentence, size_t from, size_t to)
{
	int			step;

	for (size_t b = from; b < to; b += (size_t) step)
		if (!white_at(s, size, b, &step))
			REQUIRE(!in_sentence[b]);
}

static void
check_passages(const SpEnv *env, const SpDoc *doc, const SpCharIndex *ci, size_t target,
			   char *in_sentence, bool valid_input)
{
	const char *s = doc->s;
	size_t		size = doc->len;
	SpPassages	ps;
	size_t		k = 0,
				gap = 0;
	int			last_path = -2;
	int			step;

	sp_passages(env, doc, target, &ps);
	/* the bytes of the sentences: outside them (markup, noise lines) passages may skip */
	for (size_t t = 0; t < doc->sentences.n; t++)
		memset(in_sentence + doc->sentences.items[t].span.start, 1,
			   doc->sentences.items[t].span.end - doc->sentences.items[t].span.start);
	for (size_t i = 0; i < ps.n; i++)
	{
		SpSpan		sp = ps.items[i].span;
		int			sec = ps.items[i].section;
		size_t		pos,
					len;

		(void) span_next_ok(sp, gap, size);
		/* trimmed, and no sentence's text since the passage before */
		REQUIRE(!white_at(s, size, sp.start, &step));
		REQUIRE(!white_at(s, size, sp_u8_prev(s, sp.end), &step));
		gap_ok(s, size, in_sentence, gap, sp.start);
		gap = sp.end;
		/* pos and len as speech_passages reports them */
		pos = sp_charindex_pos(ci, sp.start);
		len = sp_charindex_pos(ci, sp.end) - pos;
		REQUIRE(pos >= 1 && len >= 1 && pos + len <= ci->nchars + 1);
		REQUIRE(len <= target);
		/* the section holds the passage, or starts after a prefix of its first sentence (## ) */
		REQUIRE(sec >= -1 && sec < (int) doc->sections.n);
		if (sec >= 0)
		{
			const SpSection *x = &doc->sections.items[sec];

			REQUIRE(x->whole.start <= sp.start ||
					(sp_doc_sentence_at(doc, sp.start) >= 0 &&
					 sp_doc_sentence_at(doc, sp.start) == sp_doc_sentence_at(doc, x->whole.start)));
			REQUIRE(sp.end <= x->whole.end);
		}
		if (sec >= 0 && sec != last_path)
		{
			size_t		plen;
			char	   *path = sp_passage_path(env, doc, sec, &plen);

			REQUIRE(path != NULL && path[plen] == '\0' && plen > 0);
			/* PostgreSQL's text is valid, without NUL: a bad byte of the input may reach the path */
			REQUIRE(!valid_input || (strlen(path) == plen && fuzz_valid_utf8(path, plen)));
			sp_free(env, path);
			last_path = sec;
		}
	}
	gap_ok(s, size, in_sentence, gap, size);
	/* every sentence inside the passages; one that fits the target inside one */
	for (size_t t = 0; t < doc->sentences.n; t++)
	{
		SpSpan		st = doc->sentences.items[t].span;

		if (st.start >= st.end)
			continue;
		while (k < ps.n && ps.items[k].span.end <= st.start)
			k++;
		REQUIRE(k < ps.n && ps.items[k].span.start <= st.start);
		if (sp_u8_count_max(s + st.start, st.end - st.start, target + 1) <= target)
			REQUIRE(ps.items[k].span.end >= st.end);
	}
	/* never across the start of a top-level section (a marker opening a paragraph) */
	k = 0;
	for (size_t x = 0; x < doc->sections.n; x++)
	{
		const SpSection *sec = &doc->sections.items[x];
		size_t		b = sec->whole.start;

		if (sec->level > 1 || sec->inline_run)
			continue;
		/* the boundary is before the sentence holding the marker */
		if (sp_doc_sentence_at(doc, b) >= 0)
			b = doc->sentences.items[sp_doc_sentence_at(doc, b)].span.start;
		while (k < ps.n && ps.items[k].span.end <= b)
			k++;
		REQUIRE(k == ps.n || ps.items[k].span.start >= b);
	}
	sp_vec_free(env, &ps);
}

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	static const size_t targets[] = {SP_PASSAGE_MIN_TARGET, 11, 16, 31, 50, 100, 333, 1000};
	SpDoc		doc;
	SpCharIndex ci;
	char	   *in_sentence;
	bool		valid;

	sp_doc_analyze(env, s, size, &doc);
	sp_charindex_init(env, &ci, s, size);
	in_sentence = calloc(size + 1, 1);
	REQUIRE(in_sentence != NULL);
	valid = fuzz_valid_utf8(s, size) && memchr(s, '\0', size) == NULL;
	check_passages(env, &doc, &ci, size > 0 ? targets[(unsigned char) s[0] % 8] : 100, in_sentence, valid);
	check_passages(env, &doc, &ci, 1000, in_sentence, valid);
	free(in_sentence);
	sp_charindex_free(env, &ci);
	sp_doc_free(env, &doc);
}
