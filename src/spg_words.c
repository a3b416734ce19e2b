/*
 * spg_words.c - the word tokens of a text with speech_zh's stop words and
 * stemming (spg_words.h).
 *
 * The stop words are read once per process from tsearch_data/speech_zh.stop
 * (the file speech_han reads; UTF-8, a word a line) into a term set kept in
 * TopMemoryContext: a read-only cache, built by each process (parallel
 * workers included) on first use.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "storage/fd.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "sp_wordlist.h"
#include "spg_env.h"
#include "spg_ts.h"
#include "spg_words.h"

static SpTermSet *stop_set;		/* NULL until loaded */

static const SpTermSet *
stop_words(void)
{
	char	   *path;
	FILE	   *f;
	char		line[1024];
	MemoryContext old;
	const char **words;
	size_t	   *lens;
	int		   *ids;
	int			n = 0,
				cap = 256;
	SpTermSet  *set;

	if (stop_set != NULL)
		return stop_set;
	path = get_tsearch_config_filename("speech_zh", "stop");
	f = AllocateFile(path, "r");
	if (f == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open stop-word file \"%s\": %m", path),
				 errhint("The file is installed with the extension (make install).")));
	old = MemoryContextSwitchTo(TopMemoryContext);
	words = palloc(sizeof(char *) * cap);
	while (fgets(line, sizeof(line), f) != NULL)
	{
		size_t		len = strlen(line);

		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r' ||
						   line[len - 1] == ' ' || line[len - 1] == '\t'))
			line[--len] = '\0';
		if (len == 0)
			continue;
		if (n == cap)
		{
			cap *= 2;
			words = repalloc(words, sizeof(char *) * cap);
		}
		words[n++] = pstrdup(line);
	}
	FreeFile(f);
	lens = palloc(sizeof(size_t) * (n + 1));
	ids = palloc(sizeof(int) * (n + 1));
	for (int i = 0; i < n; i++)
	{
		lens[i] = strlen(words[i]);
		ids[i] = i;
	}
	set = palloc0(sizeof(SpTermSet));
	sp_termset_init(spg_env(), set, words, lens, ids, (size_t) n);
	MemoryContextSwitchTo(old);
	stop_set = set;
	return stop_set;
}

/* english_stem's lexeme of a word of letters (UTF-8), NULL for an English stop word */
static const char *
stem_word(TSDictionaryCacheEntry *dict, const char *utf8, size_t len, size_t *outlen)
{
	SpgText		w = spg_from_utf8(utf8, len);
	DictSubState dstate = {false, false, NULL};
	TSLexeme   *res;
	SpgText		u;

	res = (TSLexeme *) DatumGetPointer(FunctionCall4(&dict->lexize,
													 PointerGetDatum(dict->dictData),
													 PointerGetDatum(w.s),
													 Int32GetDatum((int32) w.len),
													 PointerGetDatum(&dstate)));
	if (res == NULL)
	{
		/* not recognised: the word itself */
		*outlen = len;
		return utf8;
	}
	if (res[0].lexeme == NULL)
		return NULL;
	u = spg_to_utf8(res[0].lexeme, strlen(res[0].lexeme));
	*outlen = u.len;
	return u.s;
}

void
spg_word_tokens(SpgText in, SpWordTokVec *out, bool stem)
{
	const SpEnv *env = spg_env();
	SpSegOptions opt;
	const SpTermSet *stop = stop_words();
	TSDictionaryCacheEntry *dict = NULL;

	spg_seg_options(&opt);
	sp_word_tokens(env, &opt, in.s, in.len, out);
	for (size_t k = 0; k < out->n; k++)
	{
		SpWordTok  *t = &out->items[k];

		if (sp_tok_is_han(t->type))
			t->stop = sp_termset_find(stop, t->form, t->form_len) >= 0;
		else if (stem && (t->type == SP_TOK_LATIN || t->type == SP_TOK_ALNUM))
		{
			const char *s;
			size_t		slen = 0;

			if (dict == NULL)
			{
				List	   *name = list_make2(makeString("pg_catalog"), makeString("english_stem"));

				dict = lookup_ts_dictionary_cache(get_ts_dict_oid(name, false));
			}
			s = stem_word(dict, t->form, t->form_len, &slen);
			if (s == NULL)
				t->stop = true;
			else
			{
				t->form = s;
				t->form_len = slen;
			}
		}
		if ((k & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
	}
}
