#include "unit.h"
#include "sp_hash.h"

/* keys as NUL-terminated strings */
static const char *
str_key(const void *arg, uint32_t i, size_t *len)
{
	const char *const *words = arg;

	*len = strlen(words[i]);
	return words[i];
}

SP_TEST(hash_bytes)
{
	/* FNV-1a: the published values for "" and "a" */
	CHECK_INT(sp_hash_bytes("", 0, false), 2166136261u);
	CHECK_INT(sp_hash_bytes("a", 1, false), 0xe40c292cu);
	CHECK_INT(sp_hash_bytes("GDP", 3, true), sp_hash_bytes("gdp", 3, false));
	CHECK(sp_hash_bytes("GDP", 3, false) != sp_hash_bytes("gdp", 3, false));
	/* only ASCII letters fold */
	CHECK(sp_hash_bytes("[", 1, true) != sp_hash_bytes("{", 1, true));
}

SP_TEST(hash_insert_find)
{
	const char *words[] = {"发展", "改革", "", "发展", "改", "改革开放", "改革"};
	SpHashKeys	keys = {str_key, words, false};
	SpHash		t = {NULL, 0};
	uint32_t	got[7];

	CHECK(sp_hash_full(&t, 0));
	CHECK_INT(sp_hash_find(&t, &keys, "发展", strlen("发展")), SP_HASH_ABSENT);
	sp_hash_grow(&sp_env_malloc, &t, &keys, 0, 7);
	CHECK_INT(t.mask, 15);
	for (uint32_t i = 0; i < 7; i++)
		got[i] = sp_hash_insert(&t, &keys, words[i], strlen(words[i]), i);
	CHECK_INT(got[0], 0);
	CHECK_INT(got[1], 1);
	CHECK_INT(got[2], 2);		/* the empty string is a key too */
	CHECK_INT(got[3], 0);		/* a repeat: the first number */
	CHECK_INT(got[4], 4);
	CHECK_INT(got[5], 5);
	CHECK_INT(got[6], 1);
	CHECK_INT(sp_hash_find(&t, &keys, "改革开放", strlen("改革开放")), 5);
	CHECK_INT(sp_hash_find(&t, &keys, "改革开", strlen("改革开")), SP_HASH_ABSENT);
	CHECK_INT(sp_hash_find(&t, &keys, "", 0), 2);
	sp_hash_free(&sp_env_malloc, &t);
	CHECK(t.slot == NULL);
}

SP_TEST(hash_nocase)
{
	const char *words[] = {"GDP", "gdp", "Gdp", "GDPs"};
	SpHashKeys	keys = {str_key, words, true};
	SpHash		t = {NULL, 0};

	sp_hash_grow(&sp_env_malloc, &t, &keys, 0, 4);
	CHECK_INT(sp_hash_insert(&t, &keys, "GDP", 3, 0), 0);
	CHECK_INT(sp_hash_insert(&t, &keys, "gdp", 3, 1), 0);
	CHECK_INT(sp_hash_insert(&t, &keys, "Gdp", 3, 2), 0);
	CHECK_INT(sp_hash_insert(&t, &keys, "GDPs", 4, 3), 3);
	sp_hash_free(&sp_env_malloc, &t);
}

/* many keys, grown as they come: every one found, none twice */
SP_TEST(hash_grow)
{
	enum
	{
		N = 5000
	};
	static char buf[N][8];
	static const char *words[N];
	SpHashKeys	keys = {str_key, words, false};
	SpHash		t = {NULL, 0};

	for (uint32_t i = 0; i < N; i++)
	{
		snprintf(buf[i], sizeof(buf[i]), "w%u", i);
		words[i] = buf[i];
		if (sp_hash_full(&t, i + 1))
			sp_hash_grow(&sp_env_malloc, &t, &keys, i, 2 * ((size_t) i + 1));
		CHECK_INT(sp_hash_insert(&t, &keys, words[i], strlen(words[i]), i), i);
		CHECK((size_t) (i + 1) * 2 <= (size_t) t.mask + 1);
	}
	for (uint32_t i = 0; i < N; i++)
		if (sp_hash_find(&t, &keys, words[i], strlen(words[i])) != i)
			CHECK_INT(sp_hash_find(&t, &keys, words[i], strlen(words[i])), i);
	CHECK_INT(sp_hash_insert(&t, &keys, "w17", 3, N), 17);
	sp_hash_free(&sp_env_malloc, &t);
}
