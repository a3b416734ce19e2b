#include "unit.h"
#include "sp_lexicon.h"
#include "sp_segment.h"
#include "sp_utf8.h"

/* a small lexicon built in memory: costs are 100 * -ln(p) */
static SpLexicon *
small_lexicon(void)
{
	static SpLexicon lex;
	static void *image;
	static const SpLexWord words[] = {
		{"中华", 6, 900, SP_LEX_WORD},
		{"人民", 6, 700, SP_LEX_WORD},
		{"共和国", 9, 900, SP_LEX_WORD},
		{"共和", 6, 1000, SP_LEX_WORD},
		{"中华人民共和国", 21, 1000, SP_LEX_WORD},
		{"成立", 6, 800, SP_LEX_WORD},
		{"于", 3, 500, SP_LEX_WORD},
		{"社会", 6, 700, SP_LEX_WORD},
		{"和谐", 6, 900, SP_LEX_WORD},
		{"和谐社会", 12, 0, SP_LEX_DOMAIN},
		{"人民", 6, 650, SP_LEX_WORD},	/* a duplicate: the lower cost wins */
		{"立于", 6, 0, SP_LEX_SEARCH},	/* searched, never cut */
	};
	size_t		size;

	if (image == NULL)
	{
		image = sp_lexicon_build(&sp_env_malloc, words, sizeof(words) / sizeof(words[0]), 1800, 640, &size);
		if (sp_lexicon_open(&lex, image, size) != NULL)
			return NULL;
	}
	return &lex;
}

/* tokens as "text/type|text/type|..." */
static const char *type_names[SP_TOK__COUNT] = {
	"", "latin", "hanword", "alnum", "hanchar", "number", "hannum", "date", "symbol", "blank", "punct"
};

static char *
cut(const SpSegOptions *opt, const char *s)
{
	static char out[8192];
	size_t		o = 0,
				len = strlen(s),
				covered = 0;
	SpSegState	st;
	SpToken		t;

	sp_seg_begin(&st, opt, s, len);
	out[0] = '\0';
	while (sp_seg_next(&sp_env_malloc, &st, &t))
	{
		if (t.start != covered || t.end <= t.start)
			return "NOT A PARTITION";
		covered = t.end;
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s/%s", o ? "|" : "",
							   (int) (t.end - t.start), s + t.start, type_names[t.type]);
	}
	sp_seg_end(&sp_env_malloc, &st);
	return covered == len ? out : "NOT A PARTITION";
}

SP_TEST(lexicon_build_find)
{
	SpLexicon  *lex = small_lexicon();
	uint32_t	e;
	uint32_t	cost = 0;

	CHECK(lex != NULL);
	e = sp_lexicon_find(lex, "人民", 6);
	CHECK(e != SP_LEX_NONE && sp_lex_word_cost(lex, e, true, &cost));
	CHECK_INT(cost, 650);
	/* a prefix that is not a word is present, without flags */
	e = sp_lexicon_find(lex, "中华人民", 12);
	CHECK(e != SP_LEX_NONE && !sp_lex_word_cost(lex, e, true, &cost));
	CHECK(sp_lexicon_find(lex, "华人", 6) == SP_LEX_NONE);
	CHECK(sp_lexicon_find(lex, "", 0) == SP_LEX_NONE);
	/* a domain term counts only when domain terms are on */
	e = sp_lexicon_find(lex, "和谐社会", 12);
	CHECK(e != SP_LEX_NONE && sp_lex_word_cost(lex, e, true, &cost));
	CHECK_INT(cost, 640);
	CHECK(!sp_lex_word_cost(lex, e, false, &cost));
	CHECK_INT(lex->hdr->maxchars, 7);
	CHECK_INT(lex->hdr->nwords, 11);
	/* a search-only word is no word of the lattice */
	e = sp_lexicon_find(lex, "立于", 6);
	CHECK(e != SP_LEX_NONE && !sp_lex_word_cost(lex, e, true, &cost) && sp_lex_search_word(lex, e, true));
	/* a damaged image is refused */
	CHECK(sp_lexicon_open(&(SpLexicon){0}, lex->hdr, 10) != NULL);
	{
		size_t		size = sizeof(SpLexHeader) + lex->hdr->pairbits / 8 +
			((size_t) lex->hdr->nfirst + lex->hdr->nslots) * sizeof(SpLexNode);
		SpLexHeader *copy = malloc(size);

		memcpy(copy, lex->hdr, size);
		CHECK(sp_lexicon_open(&(SpLexicon){0}, copy, size) == NULL);
		copy->nfirst = 7;
		CHECK(sp_lexicon_open(&(SpLexicon){0}, copy, size) != NULL);
		copy->nfirst = 0;
		copy->pairbits = 48;
		CHECK(sp_lexicon_open(&(SpLexicon){0}, copy, size) != NULL);
		free(copy);
	}
}

/* ---- the lexicon's direct first characters and its filters, against a plain list ---- */

#define RAND_WORDS 6000
#define RAND_MAXCH 5

static uint32_t rand_state = 12345;

static uint32_t
rand_next(void)
{
	rand_state = rand_state * 1103515245u + 12345u;
	return rand_state >> 8;
}

/* a code point of a small alphabet: mostly common Han, some beyond the BMP, some ASCII */
static uint32_t
rand_char(void)
{
	uint32_t	r = rand_next() % 100;

	if (r < 90)
		return 0x4E00 + rand_next() % 60;
	if (r < 96)
		return 0x20000 + rand_next() % 8;
	return 'a' + rand_next() % 4;
}

/* a random string of 1..maxch characters in buf (UTF-8); returns its length */
static size_t
rand_string(char *buf, int maxch)
{
	size_t		o = 0;
	int			n = 1 + (int) (rand_next() % (uint32_t) maxch);

	for (int i = 0; i < n; i++)
		o += (size_t) sp_u8_encode(rand_char(), buf + o);
	return o;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* whether s[0..len) is a word (2) or a proper prefix of one (1) in sorted words[n], else 0 */
static int
naive_find(char **words, size_t n, const char *s, size_t len)
{
	size_t		lo = 0,
				hi = n;

	/* the first word >= s: the word itself, or the first word it is a prefix of */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (strncmp(words[mid], s, len) < 0 || (strncmp(words[mid], s, len) == 0 && strlen(words[mid]) < len))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == n || strncmp(words[lo], s, len) != 0)
		return 0;
	return strlen(words[lo]) == len ? 2 : 1;
}

/* every lookup of a lexicon of words[0..n) agrees with the list; returns the failures */
static int
check_against_list(SpLexWord *words, size_t n, uint32_t want_nfirst)
{
	char	  **sorted = malloc(n * sizeof(char *));
	size_t		size;
	void	   *image = sp_lexicon_build(&sp_env_malloc, words, n, 1800, 640, &size);
	SpLexicon	lex;
	int			bad = 0;
	char		buf[64];

	if (sp_lexicon_open(&lex, image, size) != NULL || lex.nfirst != want_nfirst)
		bad++;
	for (size_t i = 0; i < n; i++)
		sorted[i] = (char *) words[i].s;
	qsort(sorted, n, sizeof(char *), cmp_str);
	/* the words themselves, and random strings: found exactly when the list has them */
	for (int t = 0; t < 40000 && bad < 10; t++)
	{
		const char *s = t < (int) n ? words[t].s : buf;
		size_t		len = t < (int) n ? words[t].len : rand_string(buf, RAND_MAXCH + 1);
		int			want = naive_find(sorted, n, s, len);
		uint32_t	node = sp_lexicon_find(&lex, s, len);
		uint32_t	cost;
		int			step;
		uint32_t	c1 = sp_u8_decode(s, len, 0, &step);

		if ((node != SP_LEX_NONE) != (want > 0) ||
			(node != SP_LEX_NONE && sp_lex_word_cost(&lex, node, false, &cost) != (want == 2)))
			bad++;
		/* the pair filter never says no to the first two characters of a word or prefix */
		if (want > 0 && (size_t) step < len &&
			!sp_lex_pair_may(&lex, c1, sp_u8_decode(s, len, (size_t) step, &step)))
			bad++;
	}
	free(image);
	free(sorted);
	return bad;
}

/* words of more than SP_LEX_MAX_BYTES in all: refused, not a table that overflows */
SP_TEST(lexicon_too_many_bytes)
{
	static const char w[] = "中华人民共和国中华人民共和国中华";	/* 48 bytes */
	size_t		n = SP_LEX_MAX_BYTES / 48 + 1,
				size = 1;
	SpLexWord  *words = malloc(n * sizeof(SpLexWord));

	for (size_t i = 0; i < n; i++)
		words[i] = (SpLexWord) {w, 48, 100, SP_LEX_WORD};
	CHECK(sp_lexicon_build(&sp_env_malloc, words, n, 1800, 640, &size) == NULL);
	CHECK_INT(size, 0);
	free(words);
}

SP_TEST(lexicon_first_and_filters)
{
	SpLexWord  *words = malloc(RAND_WORDS * sizeof(SpLexWord));
	char	   *text = malloc(RAND_WORDS * 4 * RAND_MAXCH + 1);
	size_t		o = 0;

	for (int i = 0; i < RAND_WORDS; i++)
	{
		words[i].s = text + o;
		words[i].len = rand_string(text + o, RAND_MAXCH);
		o += words[i].len;
		text[o++] = '\0';
		words[i].cost = (uint16_t) (100 + i % 900);
		words[i].flags = SP_LEX_WORD;
	}
	/* many words: first characters stored directly; a few: all hashed */
	CHECK_INT(check_against_list(words, RAND_WORDS, SP_LEX_FIRST), 0);
	CHECK_INT(check_against_list(words, 50, 0), 0);
	free(words);
	free(text);
}

SP_TEST(segment_han_lattice)
{
	SpSegOptions opt = {small_lexicon(), NULL, true};

	CHECK_STR(cut(&opt, "中华人民共和国成立于"),
			  "中华人民共和国/hanword|成立/hanword|于/hanchar");
	CHECK_STR(cut(&opt, "构建和谐社会"), "构/hanchar|建/hanchar|和谐社会/hanword");
	opt.domain = false;
	CHECK_STR(cut(&opt, "构建和谐社会"), "构/hanchar|建/hanchar|和谐/hanword|社会/hanword");
}

SP_TEST(segment_user_terms)
{
	static const SpLexWord terms[] = {{"构建", 6, 640, SP_LEX_WORD}};
	size_t		size;
	void	   *image = sp_lexicon_build(&sp_env_malloc, terms, 1, 0, 640, &size);
	SpLexicon	tl;
	SpSegOptions opt = {small_lexicon(), &tl, false};

	CHECK(sp_lexicon_open(&tl, image, size) == NULL);
	CHECK_STR(cut(&opt, "构建和谐社会"), "构建/hanword|和谐/hanword|社会/hanword");
	free(image);
}

SP_TEST(segment_numbers_and_dates)
{
	SpSegOptions opt = {small_lexicon(), NULL, true};
	static const SpTestCase cases[] = {
		{"2023年GDP增长5.2%", "2023年/date|GDP/latin|增/hanchar|长/hanchar|5.2%/number"},
		{"１２．５％和1,000,000人", "１２．５％/number|和/hanchar|1,000,000/number|人/hanchar"},
		{"3.5亿元", "3.5亿/number|元/hanchar"},
		{"12月31日8时", "12月/date|31日/date|8时/date"},
		/* 70年 is a duration, not a year; 13月 is no month */
		{"70年13月", "70/number|年/hanchar|13/number|月/hanchar"},
		{"二○○一年十二月三十一日", "二○○一年/date|十二月/date|三十一日/date"},
		{"三十五", "三十五/hannum"},
		{"5G与MP3", "5G/alnum|与/hanchar|MP3/alnum"},
		/* a circle that is not inside a numeral is a symbol */
		{"○人", "○/symbol|人/hanchar"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, cut(&opt, c->in));
}

SP_TEST(segment_blanks_punct_symbols)
{
	SpSegOptions opt = {small_lexicon(), NULL, true};
	static const SpTestCase cases[] = {
		{"a  b\t\x01\n", "a/latin|  /blank|b/latin|\t\x01\n/blank"},
		{"社会——人民……", "社会/hanword|——/punct|人民/hanword|……/punct"},
		{"don't ＡＢＣ", "don't/latin| /blank|ＡＢＣ/latin"},
		{"😀℃", "😀/symbol|℃/symbol"},
		{"（社会）", "（/punct|社会/hanword|）/punct"},
		/* invalid bytes are blank, never a word */
		{"社\xff\xfe会", "社/hanchar|\xff\xfe/blank|会/hanchar"},
		{"社会\xe4\xb8", "社会/hanword|\xe4\xb8/blank"},
		{"", ""},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, cut(&opt, c->in));
}

static const char *collect_src;

static void
collect(void *arg, size_t a, size_t b)
{
	char	   *got = arg;

	strncat(got, collect_src + a, b - a);
	strcat(got, "|");
}

/* the search words around the n-th token of text */
static const char *
words_of(const SpSegOptions *opt, const char *text, int n, bool covering)
{
	static char got[512];
	SpSegState	st;
	SpToken		t;

	got[0] = '\0';
	collect_src = text;
	sp_seg_begin(&st, opt, text, strlen(text));
	while (sp_seg_next(&sp_env_malloc, &st, &t))
		if (n-- == 0)
		{
			sp_seg_words(&st, t.ci, t.cj, covering, collect, got);
			break;
		}
	sp_seg_end(&sp_env_malloc, &st);
	return got;
}

SP_TEST(segment_search_words)
{
	SpSegOptions opt = {small_lexicon(), NULL, true};
	const char *text = "中华人民共和国成立于和谐社会";

	/* tokens: 中华人民共和国|成立|于|和谐社会 */
	CHECK_STR(words_of(&opt, text, 0, false), "中华|人民|共和|共和国|");
	CHECK_STR(words_of(&opt, text, 3, false), "和谐|社会|");
	/* a word across a token boundary belongs to the token where it starts */
	CHECK_STR(words_of(&opt, text, 1, false), "立于|");	/* 成立 */
	CHECK_STR(words_of(&opt, text, 2, false), "");	/* 于 */
	/* covering: words that start before a one-character token and reach into it */
	CHECK_STR(words_of(&opt, text, 2, true), "立于|");
	/* a chunk where the lattice saw no word at all (found by fuzz_segment) */
	CHECK_STR(words_of(&opt, "构建", 0, false), "");
	CHECK_STR(words_of(&opt, "构建", 1, true), "");
	/* a domain term only while domain terms are on: 和谐|社会 */
	opt.domain = false;
	CHECK_STR(words_of(&opt, text, 3, false), "");
	CHECK_STR(words_of(&opt, text, 4, false), "");
}

static int	interrupts;

static void
count_interrupt(void *ud)
{
	(void) ud;
	interrupts++;
}

SP_TEST(segment_huge_input_is_linear)
{
	SpSegOptions opt = {small_lexicon(), NULL, true};
	const char *unit = "中华人民共和国成立于和谐社会";	/* 14 characters */
	size_t		ulen = strlen(unit),
				reps = 100000,
				len = ulen * reps,
				tokens = 0,
				covered = 0;
	char	   *s = malloc(len);
	SpEnv		env = sp_env_malloc;
	SpSegState	st;
	SpToken		t;

	for (size_t i = 0; i < reps; i++)
		memcpy(s + i * ulen, unit, ulen);
	env.interrupt = count_interrupt;
	interrupts = 0;
	sp_seg_begin(&st, &opt, s, len);
	while (sp_seg_next(&env, &st, &t))
	{
		if (t.start != covered)
			break;
		covered = t.end;
		tokens++;
	}
	sp_seg_end(&env, &st);
	CHECK_INT(covered, len);
	/* 1.4 million characters, no punctuation: cut in bounded chunks */
	CHECK(tokens >= 4 * reps && tokens <= 4 * reps + len / 3 / SP_SEG_MAX_RUN * 2);
	CHECK(interrupts > 100);
	free(s);
}

/* the installed lexicon, when built (make all runs before make unit) */
SP_TEST(segment_real_lexicon)
{
	size_t		size;
	char	   *image = sp_test_read_file("data/speech_zh.lex", &size);
	SpLexicon	lex;
	SpSegOptions opt = {&lex, NULL, true};

	if (image == NULL)
	{
		fprintf(stderr, "  note: data/speech_zh.lex not built; real-lexicon test skipped\n");
		return;
	}
	CHECK(sp_lexicon_open(&lex, image, size) == NULL);
	CHECK_STR(cut(&opt, "中华人民共和国成立于1949年"),
			  "中华人民共和国/hanword|成立/hanword|于/hanchar|1949年/date");
	CHECK_STR(cut(&opt, "坚持三个代表，建设社会主义和互联网"),
			  "坚持/hanword|三个代表/hanword|，/punct|建设/hanword|社会主义/hanword|和/hanchar|互联网/hanword");
	CHECK_STR(cut(&opt, "ChatGPT与大模型"), "ChatGPT/latin|与/hanchar|大/hanchar|模型/hanword");
	free(image);
}
