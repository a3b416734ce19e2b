/*
 * sp_wordlist.c - built-in word lists and the term matcher (see sp_wordlist.h).
 */
#include "sp_wordlist.h"
#include "sp_utf8.h"

#include <stdlib.h>
#include <string.h>

const SpWlCategory sp_wl_categories[SP_WL__COUNT] = {
	{"directive_high", true, "directive markers of high value (Halliday's modality scale)"},
	{"directive_medium", true, "directive markers of median value"},
	{"directive_low", true, "directive markers of low value"},
	{"adverb", true, "adverbs, for the readability measure of 徐巍 et al. (2021)"},
	{"conjunction", true, "conjunctions, for the readability measure of 徐巍 et al. (2021)"},
	{"authority_central", false, "references to the central level of authority"},
	{"authority_province", false, "references to the provincial Party committee or government"},
	{"authority_city", false, "references to the city Party committee or government"},
	{"authority_county", false, "references to the district or county Party committee or government"},
	{"slogan", false, "numbered formulae (标数概括式缩略语); weight = the number"},
	{"conversion_artifact", false, "words garbled by a document converter; note = the intended word"},
};

#define E(cat, term) {cat, term, 1, NULL}
#define SLOGAN(term, n) {SP_WL_SLOGAN, term, n, NULL}
#define ARTIFACT(term, meant) {SP_WL_CONVERSION_ARTIFACT, term, 1, meant}

const SpWlEntry sp_wl_builtin[] = {
	/* directive markers by strength (metrics-literature.md, row 28) */
	E(SP_WL_DIRECTIVE_HIGH, "必须"), E(SP_WL_DIRECTIVE_HIGH, "务必"),
	E(SP_WL_DIRECTIVE_HIGH, "坚决"), E(SP_WL_DIRECTIVE_HIGH, "严禁"),
	E(SP_WL_DIRECTIVE_HIGH, "确保"),
	E(SP_WL_DIRECTIVE_MEDIUM, "要"), E(SP_WL_DIRECTIVE_MEDIUM, "应"),
	E(SP_WL_DIRECTIVE_MEDIUM, "应当"),
	E(SP_WL_DIRECTIVE_LOW, "可以"), E(SP_WL_DIRECTIVE_LOW, "鼓励"),

	/* adverbs (副词): degree, time, frequency, scope, manner, modal, negation */
	E(SP_WL_ADVERB, "不"), E(SP_WL_ADVERB, "没"), E(SP_WL_ADVERB, "没有"),
	E(SP_WL_ADVERB, "未"), E(SP_WL_ADVERB, "别"), E(SP_WL_ADVERB, "也"),
	E(SP_WL_ADVERB, "都"), E(SP_WL_ADVERB, "还"), E(SP_WL_ADVERB, "就"),
	E(SP_WL_ADVERB, "才"), E(SP_WL_ADVERB, "又"), E(SP_WL_ADVERB, "再"),
	E(SP_WL_ADVERB, "很"), E(SP_WL_ADVERB, "更"), E(SP_WL_ADVERB, "更加"),
	E(SP_WL_ADVERB, "最"), E(SP_WL_ADVERB, "太"), E(SP_WL_ADVERB, "非常"),
	E(SP_WL_ADVERB, "十分"), E(SP_WL_ADVERB, "特别"), E(SP_WL_ADVERB, "尤其"),
	E(SP_WL_ADVERB, "极其"), E(SP_WL_ADVERB, "比较"), E(SP_WL_ADVERB, "已"),
	E(SP_WL_ADVERB, "已经"), E(SP_WL_ADVERB, "曾"), E(SP_WL_ADVERB, "曾经"),
	E(SP_WL_ADVERB, "正在"), E(SP_WL_ADVERB, "将"), E(SP_WL_ADVERB, "一直"),
	E(SP_WL_ADVERB, "始终"), E(SP_WL_ADVERB, "总是"), E(SP_WL_ADVERB, "经常"),
	E(SP_WL_ADVERB, "往往"), E(SP_WL_ADVERB, "不断"), E(SP_WL_ADVERB, "逐步"),
	E(SP_WL_ADVERB, "逐渐"), E(SP_WL_ADVERB, "日益"), E(SP_WL_ADVERB, "越来越"),
	E(SP_WL_ADVERB, "进一步"), E(SP_WL_ADVERB, "切实"), E(SP_WL_ADVERB, "大力"),
	E(SP_WL_ADVERB, "充分"), E(SP_WL_ADVERB, "普遍"), E(SP_WL_ADVERB, "基本"),
	E(SP_WL_ADVERB, "真正"), E(SP_WL_ADVERB, "确实"), E(SP_WL_ADVERB, "仍"),
	E(SP_WL_ADVERB, "仍然"), E(SP_WL_ADVERB, "依然"), E(SP_WL_ADVERB, "毕竟"),
	E(SP_WL_ADVERB, "究竟"), E(SP_WL_ADVERB, "到底"), E(SP_WL_ADVERB, "几乎"),
	E(SP_WL_ADVERB, "大概"), E(SP_WL_ADVERB, "也许"), E(SP_WL_ADVERB, "或许"),
	E(SP_WL_ADVERB, "必然"), E(SP_WL_ADVERB, "一定"), E(SP_WL_ADVERB, "肯定"),
	E(SP_WL_ADVERB, "当然"), E(SP_WL_ADVERB, "一起"), E(SP_WL_ADVERB, "共同"),
	E(SP_WL_ADVERB, "互相"), E(SP_WL_ADVERB, "相互"), E(SP_WL_ADVERB, "亲自"),
	E(SP_WL_ADVERB, "分别"), E(SP_WL_ADVERB, "马上"), E(SP_WL_ADVERB, "立即"),
	E(SP_WL_ADVERB, "终于"), E(SP_WL_ADVERB, "一再"), E(SP_WL_ADVERB, "反复"),
	E(SP_WL_ADVERB, "只"), E(SP_WL_ADVERB, "仅"), E(SP_WL_ADVERB, "仅仅"),
	E(SP_WL_ADVERB, "从来"), E(SP_WL_ADVERB, "从未"), E(SP_WL_ADVERB, "早已"),
	E(SP_WL_ADVERB, "正"), E(SP_WL_ADVERB, "刚刚"), E(SP_WL_ADVERB, "依旧"),
	E(SP_WL_ADVERB, "尚"), E(SP_WL_ADVERB, "均"), E(SP_WL_ADVERB, "皆"),
	E(SP_WL_ADVERB, "总"), E(SP_WL_ADVERB, "稍"), E(SP_WL_ADVERB, "略"),
	E(SP_WL_ADVERB, "格外"), E(SP_WL_ADVERB, "尤为"), E(SP_WL_ADVERB, "愈加"),
	E(SP_WL_ADVERB, "相当"), E(SP_WL_ADVERB, "颇"), E(SP_WL_ADVERB, "极"),

	/* conjunctions (连词) */
	E(SP_WL_CONJUNCTION, "和"), E(SP_WL_CONJUNCTION, "与"), E(SP_WL_CONJUNCTION, "及"),
	E(SP_WL_CONJUNCTION, "以及"), E(SP_WL_CONJUNCTION, "并"), E(SP_WL_CONJUNCTION, "并且"),
	E(SP_WL_CONJUNCTION, "而"), E(SP_WL_CONJUNCTION, "而且"), E(SP_WL_CONJUNCTION, "且"),
	E(SP_WL_CONJUNCTION, "但"), E(SP_WL_CONJUNCTION, "但是"), E(SP_WL_CONJUNCTION, "可是"),
	E(SP_WL_CONJUNCTION, "然而"), E(SP_WL_CONJUNCTION, "不过"), E(SP_WL_CONJUNCTION, "因此"),
	E(SP_WL_CONJUNCTION, "所以"), E(SP_WL_CONJUNCTION, "因而"), E(SP_WL_CONJUNCTION, "从而"),
	E(SP_WL_CONJUNCTION, "于是"), E(SP_WL_CONJUNCTION, "因为"), E(SP_WL_CONJUNCTION, "由于"),
	E(SP_WL_CONJUNCTION, "既然"), E(SP_WL_CONJUNCTION, "如果"), E(SP_WL_CONJUNCTION, "假如"),
	E(SP_WL_CONJUNCTION, "若"), E(SP_WL_CONJUNCTION, "倘若"), E(SP_WL_CONJUNCTION, "只要"),
	E(SP_WL_CONJUNCTION, "只有"), E(SP_WL_CONJUNCTION, "除非"), E(SP_WL_CONJUNCTION, "无论"),
	E(SP_WL_CONJUNCTION, "不论"), E(SP_WL_CONJUNCTION, "不管"), E(SP_WL_CONJUNCTION, "虽然"),
	E(SP_WL_CONJUNCTION, "虽"), E(SP_WL_CONJUNCTION, "尽管"), E(SP_WL_CONJUNCTION, "即使"),
	E(SP_WL_CONJUNCTION, "哪怕"), E(SP_WL_CONJUNCTION, "即便"), E(SP_WL_CONJUNCTION, "不仅"),
	E(SP_WL_CONJUNCTION, "不但"), E(SP_WL_CONJUNCTION, "而是"), E(SP_WL_CONJUNCTION, "或"),
	E(SP_WL_CONJUNCTION, "或者"), E(SP_WL_CONJUNCTION, "还是"), E(SP_WL_CONJUNCTION, "同时"),
	E(SP_WL_CONJUNCTION, "此外"), E(SP_WL_CONJUNCTION, "另外"), E(SP_WL_CONJUNCTION, "况且"),
	E(SP_WL_CONJUNCTION, "何况"), E(SP_WL_CONJUNCTION, "甚至"), E(SP_WL_CONJUNCTION, "乃至"),
	E(SP_WL_CONJUNCTION, "进而"), E(SP_WL_CONJUNCTION, "以便"), E(SP_WL_CONJUNCTION, "以免"),
	E(SP_WL_CONJUNCTION, "以致"), E(SP_WL_CONJUNCTION, "与其"), E(SP_WL_CONJUNCTION, "总之"),
	E(SP_WL_CONJUNCTION, "那么"), E(SP_WL_CONJUNCTION, "否则"), E(SP_WL_CONJUNCTION, "要么"),
	E(SP_WL_CONJUNCTION, "一方面"), E(SP_WL_CONJUNCTION, "另一方面"), E(SP_WL_CONJUNCTION, "可见"),

	/* levels of authority (substrings: 党中央 and 中共中央 count as 中央) */
	E(SP_WL_AUTHORITY_CENTRAL, "中央"),
	E(SP_WL_AUTHORITY_PROVINCE, "省委"), E(SP_WL_AUTHORITY_PROVINCE, "省政府"),
	E(SP_WL_AUTHORITY_CITY, "市委"), E(SP_WL_AUTHORITY_CITY, "市政府"),
	E(SP_WL_AUTHORITY_COUNTY, "区委"), E(SP_WL_AUTHORITY_COUNTY, "县委"),
	E(SP_WL_AUTHORITY_COUNTY, "区政府"), E(SP_WL_AUTHORITY_COUNTY, "县政府"),

	/* numbered formulae of national politics since 1978 (number = the leading numeral) */
	SLOGAN("一个中心、两个基本点", 1), SLOGAN("四项基本原则", 4), SLOGAN("三个代表", 3),
	SLOGAN("四个全面", 4), SLOGAN("四个意识", 4), SLOGAN("四个自信", 4),
	SLOGAN("两个维护", 2), SLOGAN("两个确立", 2), SLOGAN("两个一百年", 2),
	SLOGAN("五位一体", 5), SLOGAN("八项规定", 8), SLOGAN("一岗双责", 1),
	SLOGAN("四个尊重", 4), SLOGAN("三严三实", 3), SLOGAN("两学一做", 2),
	SLOGAN("四讲四有", 4), SLOGAN("三会一课", 3), SLOGAN("一带一路", 1),
	SLOGAN("一国两制", 1), SLOGAN("三农", 3), SLOGAN("四风", 4),
	SLOGAN("两不愁三保障", 2), SLOGAN("三去一降一补", 3), SLOGAN("六稳", 6),
	SLOGAN("六保", 6), SLOGAN("八个明确", 8), SLOGAN("十四个坚持", 14),
	SLOGAN("三大攻坚战", 3), SLOGAN("五大发展理念", 5), SLOGAN("四个现代化", 4),
	SLOGAN("三步走", 3), SLOGAN("两步走", 2), SLOGAN("两个务必", 2),
	SLOGAN("三大作风", 3), SLOGAN("两个毫不动摇", 2), SLOGAN("四个伟大", 4),
	SLOGAN("两个结合", 2), SLOGAN("三个有利于", 3), SLOGAN("两个大局", 2),
	SLOGAN("八荣八耻", 8), SLOGAN("三重一大", 3), SLOGAN("四种形态", 4),
	SLOGAN("四个合格", 4), SLOGAN("六个精准", 6), SLOGAN("五个一批", 5),
	SLOGAN("四个服从", 4), SLOGAN("两个先锋队", 2), SLOGAN("三个务必", 3),
	SLOGAN("四个坚持", 4), SLOGAN("四化同步", 4), SLOGAN("两个覆盖", 2),
	SLOGAN("三个区分开来", 3), SLOGAN("四下基层", 4), SLOGAN("五个必由之路", 5),
	SLOGAN("九个必须", 9), SLOGAN("两个健康", 2), SLOGAN("两岸一家亲", 2),
	SLOGAN("三个自信", 3), SLOGAN("四个不摘", 4), SLOGAN("五个坚持", 5),
	SLOGAN("十个明确", 10), SLOGAN("十三个坚持", 13), SLOGAN("三个倡导", 3),

	/*
	 * Words garbled by a well-known document converter (a simplified ->
	 * traditional -> simplified round trip with phrase substitution).  The
	 * first three are never written on purpose, 效劳 rarely in official prose
	 * (有效劳动 is excluded where it is reported); 开展 and 广阔 only in
	 * contexts where 发展 and 广大 are meant (开展党员教育 and 全社会开展 are
	 * real, so they are not listed).
	 */
	ARTIFACT("假设干", "若干"), ARTIFACT("否那么", "否则"), ARTIFACT("原那么", "原则"),
	ARTIFACT("效劳", "服务"),
	ARTIFACT("广阔党员", "广大党员"), ARTIFACT("广阔干部", "广大干部"),
	ARTIFACT("广阔群众", "广大群众"), ARTIFACT("广阔人民", "广大人民"),
	ARTIFACT("广阔职工", "广大职工"), ARTIFACT("广阔农民", "广大农民"),
	ARTIFACT("广阔青年", "广大青年"), ARTIFACT("广阔组工干部", "广大组工干部"),
	ARTIFACT("经济开展", "经济发展"), ARTIFACT("开展潜力", "发展潜力"),
	ARTIFACT("开展迅速", "发展迅速"), ARTIFACT("可持续开展", "可持续发展"),
	ARTIFACT("开展战略", "发展战略"), ARTIFACT("开展理念", "发展理念"),
	ARTIFACT("科学开展观", "科学发展观"), ARTIFACT("社会经济开展", "社会经济发展"),
};

const size_t sp_wl_builtin_n = sizeof(sp_wl_builtin) / sizeof(sp_wl_builtin[0]);

/* ---- term sets ---- */

static inline uint32_t
first_bit(uint32_t cp)
{
	return (cp * 2654435761u) >> 20;	/* 12 bits */
}

static inline uint32_t
pair_bit(uint32_t c1, uint32_t c2)
{
	return ((c1 * 2654435761u) ^ (c2 * 40503u)) * 2246822519u >> 20;
}

/*
 * A polynomial hash, h = sum of byte[j] * B^(n-1-j) (mod 2^64), so that the
 * hash of a window of the text rolls one byte on in O(1) (sp_match_terms);
 * slot_of() mixes it before it is masked.
 */
#define POLY_BASE UINT64_C(0x100000001b3)

static uint64_t
hash_bytes(const char *s, size_t n)
{
	uint64_t	h = 0;

	for (size_t i = 0; i < n; i++)
		h = h * POLY_BASE + (unsigned char) s[i];
	return h;
}

static inline size_t
slot_of(uint64_t h, size_t mask)
{
	h ^= h >> 33;
	h *= UINT64_C(0xff51afd7ed558ccd);
	h ^= h >> 33;
	return (size_t) h & mask;
}

/* the index of the term with hash h equal to s[0..n), or -1 */
static long
find_hashed(const SpTermSet *set, uint64_t h, const char *s, size_t n)
{
	for (size_t i = slot_of(h, set->mask); set->slot[i]; i = (i + 1) & set->mask)
	{
		size_t		k = set->slot[i] - 1;

		if (set->hash[k] == h && set->tlen[k] == n && memcmp(set->term[k], s, n) == 0)
			return (long) k;
	}
	return -1;
}

static int
longest_first(const void *a, const void *b)
{
	size_t		x = *(const size_t *) a,
				y = *(const size_t *) b;

	return x < y ? 1 : x > y ? -1 : 0;
}

void
sp_termset_init(const SpEnv *env, SpTermSet *set, const char **terms,
				const size_t *tlen, const int *ids, size_t n)
{
	size_t		cap = 16;

	memset(set, 0, sizeof(*set));
	while (cap < n * 2 + 1)
		cap *= 2;
	set->term = sp_alloc(env, (n ? n : 1) * sizeof(char *));
	set->tlen = sp_alloc(env, (n ? n : 1) * sizeof(size_t));
	set->id = sp_alloc(env, (n ? n : 1) * sizeof(int));
	set->hash = sp_alloc(env, (n ? n : 1) * sizeof(uint64_t));
	set->lens = sp_alloc(env, (n ? n : 1) * sizeof(size_t));
	set->slot = sp_alloc0(env, cap * sizeof(size_t));
	set->mask = cap - 1;
	for (size_t k = 0; k < n; k++)
	{
		size_t		h;

		set->term[k] = terms[k];
		set->tlen[k] = tlen[k];
		set->id[k] = ids ? ids[k] : (int) k;
		set->hash[k] = hash_bytes(terms[k], tlen[k]);
		if (tlen[k] == 0 || find_hashed(set, set->hash[k], terms[k], tlen[k]) >= 0)
			continue;
		{
			int			step,
						step2;
			uint32_t	c1 = sp_u8_decode(terms[k], tlen[k], 0, &step),
						b = first_bit(c1);

			set->first[b >> 6] |= UINT64_C(1) << (b & 63);
			if ((size_t) step >= tlen[k])
				set->has_single = true;
			else
			{
				b = pair_bit(c1, sp_u8_decode(terms[k], tlen[k], (size_t) step, &step2));
				set->pair[b >> 6] |= UINT64_C(1) << (b & 63);
			}
		}
		h = slot_of(set->hash[k], set->mask);
		while (set->slot[h])
			h = (h + 1) & set->mask;
		set->slot[h] = k + 1;
		if (tlen[k] > set->maxlen)
			set->maxlen = tlen[k];
		set->lens[set->nlens++] = tlen[k];
	}
	/*
	 * the distinct lengths, longest first (sorted once: a fixed array of 32
	 * with a fallback overflowed on the 34th distinct length, a fuzz finding)
	 */
	if (set->nlens > 1)
	{
		size_t		d = 1;

		qsort(set->lens, set->nlens, sizeof(size_t), longest_first);
		for (size_t k = 1; k < set->nlens; k++)
			if (set->lens[k] != set->lens[d - 1])
				set->lens[d++] = set->lens[k];
		set->nlens = d;
	}
	set->n = n;
}

void
sp_termset_free(const SpEnv *env, SpTermSet *set)
{
	sp_free(env, set->term);
	sp_free(env, set->tlen);
	sp_free(env, set->id);
	sp_free(env, set->hash);
	sp_free(env, set->lens);
	sp_free(env, set->slot);
	memset(set, 0, sizeof(*set));
}

long
sp_termset_find(const SpTermSet *set, const char *s, size_t n)
{
	return find_hashed(set, hash_bytes(s, n), s, n);
}

static inline bool
bit(const uint8_t *map, size_t b)
{
	return (map[b >> 3] >> (b & 7)) & 1;
}

/*
 * The hash of the window of each term length, rolled forward lazily: a
 * length's window is brought to position i only when a term is looked up
 * there, by rolling it on byte by byte, or by hashing it again when that is
 * shorter.  Each length costs O(len) over the whole text, whatever the terms:
 * hashing each candidate window from scratch cost its length at every
 * position (fuzz_terms: one 20 KB term over 45 KB of its own prefix took
 * over a second).
 */
typedef struct Window
{
	size_t		pos;			/* where the window starts, SIZE_MAX before the first use */
	uint64_t	h;
	uint64_t	lead;			/* POLY_BASE^(length - 1): the weight of the first byte */
} Window;

static uint64_t
window_at(Window *w, const char *s, size_t n, size_t i, size_t *work)
{
	const unsigned char *u = (const unsigned char *) s;

	if (w->pos == SIZE_MAX || i - w->pos >= n)
	{
		w->h = hash_bytes(s + i, n);
		*work += n;
	}
	else
	{
		for (size_t p = w->pos; p < i; p++)
			w->h = (w->h - u[p] * w->lead) * POLY_BASE + u[p + n];
		*work += i - w->pos;
	}
	w->pos = i;
	return w->h;
}

void
sp_match_terms(const SpEnv *env, const char *s, size_t len,
			   const SpTermSet *set, const uint8_t *boundary, SpHitVec *out)
{
	size_t		i = 0,
				work = 0;		/* bytes looked at since the last interrupt check */
	Window	   *win;

	if (set->maxlen == 0)
		return;
	win = sp_alloc(env, set->nlens * sizeof(Window));
	for (size_t l = 0; l < set->nlens; l++)
	{
		win[l].pos = SIZE_MAX;
		win[l].h = 0;
		win[l].lead = 1;
		for (size_t b = 1; b < set->lens[l]; b++)
			win[l].lead *= POLY_BASE;
	}
	while (i < len)
	{
		int			step;
		bool		hit = false;
		uint32_t	cp,
					fb;

		if (++work >= SP_INTERRUPT_INTERVAL * 64)
		{
			sp_check_interrupt(env);
			work = 0;
		}
		cp = sp_u8_decode(s, len, i, &step);
		fb = first_bit(cp);

		if ((set->first[fb >> 6] >> (fb & 63)) & 1 &&
			(boundary == NULL || bit(boundary, i)) &&
			(set->has_single || i + (size_t) step >= len ||
			 ((fb = pair_bit(cp, sp_u8_at(s, len, i + (size_t) step))),
			  (set->pair[fb >> 6] >> (fb & 63)) & 1)))
		{
			for (size_t l = 0; l < set->nlens; l++)
			{
				size_t		n = set->lens[l];
				long		k;

				if (i + n > len || (boundary && !bit(boundary, i + n)))
					continue;
				if ((k = find_hashed(set, window_at(&win[l], s, n, i, &work), s + i, n)) >= 0)
				{
					SpHit		h = {{i, i + n}, k};

					sp_vec_push(env, out, h);
					work += n;
					i += n;
					hit = true;
					break;
				}
			}
		}
		if (!hit)
			i += (size_t) step;
	}
	sp_free(env, win);
}

void
sp_termset_builtin(const SpEnv *env, SpTermSet *set, const bool *categories)
{
	const char **terms = sp_alloc(env, sp_wl_builtin_n * sizeof(char *));
	size_t	   *lens = sp_alloc(env, sp_wl_builtin_n * sizeof(size_t));
	int		   *ids = sp_alloc(env, sp_wl_builtin_n * sizeof(int));
	size_t		n = 0;

	for (size_t k = 0; k < sp_wl_builtin_n; k++)
	{
		if (!categories[sp_wl_builtin[k].category])
			continue;
		terms[n] = sp_wl_builtin[k].term;
		lens[n] = strlen(terms[n]);
		ids[n] = (int) k;
		n++;
	}
	sp_termset_init(env, set, terms, lens, ids, n);
	sp_free(env, terms);
	sp_free(env, lens);
	sp_free(env, ids);
}

/* the cache of sp_termset_builtin_cached: a few sets, by category mask */
#define BUILTIN_CACHE 4

static struct
{
	uint64_t	mask;
	SpTermSet	set;
}			builtin_cache[BUILTIN_CACHE];
static int	builtin_cached;

const SpTermSet *
sp_termset_builtin_cached(const SpEnv *env, const bool *categories, SpTermSet *scratch)
{
	uint64_t	mask = 0;

	/* the mask has room for 64 categories (checked where the cache is used) */
	/* cppcheck-suppress redundantCondition */
	for (int c = 0; c < SP_WL__COUNT && c < 64; c++)
		if (categories[c])
			mask |= UINT64_C(1) << c;
	for (int k = 0; k < builtin_cached; k++)
		if (builtin_cache[k].mask == mask)
			return &builtin_cache[k].set;
	if (env->keep != NULL && builtin_cached < BUILTIN_CACHE && SP_WL__COUNT <= 64)
	{
		/* counted only once built: an error on the way leaves no half-made entry */
		sp_termset_builtin(env->keep, &builtin_cache[builtin_cached].set, categories);
		builtin_cache[builtin_cached].mask = mask;
		return &builtin_cache[builtin_cached++].set;
	}
	sp_termset_builtin(env, scratch, categories);
	return scratch;
}

void
sp_termset_release(const SpEnv *env, const SpTermSet *set, SpTermSet *scratch)
{
	if (set == scratch)
		sp_termset_free(env, scratch);
}

uint8_t *
sp_word_boundaries(const SpEnv *env, size_t len, const SpSpan *words, size_t n)
{
	uint8_t    *map = sp_alloc0(env, len / 8 + 1);

	for (size_t k = 0; k < n; k++)
	{
		map[words[k].start >> 3] |= (uint8_t) (1u << (words[k].start & 7));
		map[words[k].end >> 3] |= (uint8_t) (1u << (words[k].end & 7));
	}
	return map;
}
