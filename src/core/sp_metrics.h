/*
 * sp_metrics.h - one pass of every extractor over a speech, and the metrics
 * of the whole text or of any span of it (a section).
 *
 * sp_extract_run() takes the structure (sp_doc.h, from sp_doc_analyze), finds
 * quotes, slogans, quantities and the built-in word-list hits; words (the tokens of
 * the text-search segmentation, words only) are given by the caller, who
 * may pass none when no word-based measure is wanted.  sp_metrics_span()
 * then adds up what falls inside [start, end).  Definitions of every field
 * are in doc/metrics.md.
 */
#ifndef SP_METRICS_H
#define SP_METRICS_H

#include "sp_doc.h"
#include "sp_lang.h"
#include "sp_quantity.h"
#include "sp_quote.h"
#include "sp_segment.h"
#include "sp_slogan.h"
#include "sp_wordlist.h"

/* reading rates for speaking_minutes (see doc/metrics.md) */
#define SP_HAN_PER_MINUTE 180.0
#define SP_WORDS_PER_MINUTE 130.0	/* words of letters (English and others) */

/* MATTR window, in words (Covington & McFall 2010; quanteda's default) */
#define SP_MATTR_WINDOW 100

#define SP_MAX_LEVELS 8

typedef struct SpMetrics
{
	int64_t		characters;		/* not white space */
	int64_t		han_characters;
	int64_t		distinct_han;
	int64_t		punctuation;
	int64_t		latin_words;	/* runs of letters outside Han text */
	int64_t		words;
	int64_t		distinct_words;
	double		ttr;			/* distinct_words / words, NaN-free: 0 when no words */
	double		mattr;			/* mean TTR over windows of 100 words (ttr when fewer) */
	int64_t		sentences;
	int64_t		clauses;
	int64_t		paragraphs;
	int64_t		sections;
	int			depth;			/* deepest level */
	int64_t		sections_by_level[SP_MAX_LEVELS];
	int			announced_points;	/* -1: none announced */
	int64_t		found_points;	/* top-level sections (sub-sections within a section) */
	double		mean_sentence_chars;
	int64_t		max_sentence_chars;
	int64_t		questions;
	int64_t		exclamations;
	int64_t		quantities;
	int64_t		percentages;
	int64_t		money_amounts;
	int64_t		years;			/* quantities of kind year */
	int64_t		dates;
	int64_t		quotes;
	int64_t		unclosed_quotes;
	int64_t		slogans;
	int64_t		directive_high;
	int64_t		directive_medium;
	int64_t		directive_low;
	double		directive_high_per_1k;	/* per 1,000 characters */
	double		directive_medium_per_1k;
	double		directive_low_per_1k;
	int64_t		we;				/* 我们 咱们 */
	int64_t		i;				/* 我, not 我国 我省 我区 … */
	int64_t		we_institutional;	/* 我国 我省 我市 我区 我县 我部 … */
	int64_t		authority_central;
	int64_t		authority_province;
	int64_t		authority_city;
	int64_t		authority_county;
	double		speaking_minutes;
	double		readability1;	/* 徐巍 et al. 2021, as cntext computes it */
	double		readability2;
	double		readability3;

	/*
	 * Since 1.6: the language of the span and the measures of each language
	 * (doc/metrics.md, "Languages").  On English text the Chinese measures
	 * (readability1..3, we_institutional, the authorities) do not apply and
	 * the shared fields (we, i, directive_*) hold the English counts; the en_*
	 * fields apply to English text only.
	 */
	SpLang		language;
	int64_t		latin_letters;
	int64_t		other_letters;	/* letters of other scripts (not Han, not Latin) */
	double		readability1_cntext;	/* readability1 exactly as cntext computes it */
	int64_t		en_words;		/* readability words: hyphenated parts, numbers (sp_english.h) */
	int64_t		en_syllables;
	int64_t		en_characters;
	int64_t		en_hedges;
	double		en_words_per_sentence;
	double		en_syllables_per_word;
	double		en_flesch_reading_ease;
	double		en_flesch_kincaid_grade;
	double		en_ari;
	double		en_mattr;		/* quanteda's MATTR, window 100 (sp_english.h) */
} SpMetrics;

typedef struct SpExtract
{
	const char *s;
	size_t		len;
	const SpDoc *doc;			/* the caller's structure of s */
	const SpSpan *words;		/* the caller's, in order; may be NULL */
	size_t		nwords;
	uint8_t    *boundary;		/* word boundaries (len + 1 bits), NULL without words */
	SpQuoteVec	quotes;
	SpSpanVec	stray_quotes;	/* closing marks with no opening mark */
	SpSloganVec slogans;
	SpQuantityVec quantities;
	const SpTermSet *word_set;	/* directive words, adverbs, conjunctions (NULL without words) */
	const SpTermSet *sub_set;	/* authorities, conversion artifacts */
	SpTermSet	word_scratch;	/* the sets when not cached (sp_termset_builtin_cached) */
	SpTermSet	sub_scratch;
	SpHitVec	word_hits;		/* ids: index into sp_wl_builtin */
	SpHitVec	sub_hits;
	/*
	 * distinct Han characters: a bitmap over code points below 0x40000 that
	 * sp_metrics_span() leaves all zero again (clearing the bits it set), so
	 * the metrics of every section do not each allocate and zero 32 KB
	 */
	uint8_t    *hanmap;
} SpExtract;

/*
 * The words of s for the word-based measures: the tokens of the text-search
 * segmentation with these options that carry a word (not blank, punctuation
 * or a lone symbol).
 */
void		sp_metrics_words(const SpEnv *env, const SpSegOptions *opt, const char *s,
							 size_t len, SpSpanVec *out);

void		sp_extract_run(const SpEnv *env, SpExtract *x, const char *s, size_t len,
						   const SpDoc *doc, const SpSpan *words, size_t nwords);
void		sp_extract_free(const SpEnv *env, SpExtract *x);

/*
 * Only some extractors (and those they need), for the SQL functions that
 * return one kind of row: SP_X_QUANTITIES runs the quotes and slogans too,
 * SP_X_SLOGANS the quotes.  sp_extract_run() is sp_extract(..., SP_X_ALL);
 * sp_metrics_span() needs SP_X_ALL.
 */
#define SP_X_QUOTES 0x1u
#define SP_X_SLOGANS 0x2u
#define SP_X_QUANTITIES 0x4u
#define SP_X_WORDLISTS 0x8u		/* the built-in word lists, the Han map */
#define SP_X_ALL 0xFu
void		sp_extract(const SpEnv *env, SpExtract *x, const char *s, size_t len,
					   const SpDoc *doc, const SpSpan *words, size_t nwords, unsigned what);

/* the builtin entry of a word-list hit */
static inline const SpWlEntry *
sp_hit_entry(const SpTermSet *set, const SpHit *h)
{
	return &sp_wl_builtin[set->id[h->term]];
}

/*
 * Metrics of [start, end).  section is the section whose metrics these are
 * (its sub-sections are counted as its sections), or -1 for the whole text.
 */
void		sp_metrics_span(const SpEnv *env, const SpExtract *x, size_t start, size_t end,
							int section, SpMetrics *m);

#endif							/* SP_METRICS_H */
