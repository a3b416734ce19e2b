#include "unit.h"
#include "sp_fold.h"

/* a folder like t2s: a phrase table for the segmentation and stage 0, then characters */
static void
small_folder(SpFolder *f)
{
	static const char *const phrases[][2] = {{"乾隆", "乾隆"}, {"頭髮", "头发"}, {"瞭解", "了解"}};
	static const char *const chars[][2] = {{"乾", "干"}, {"發", "发"}, {"頭", "头"}, {"髮", "发"},
	{"國", "国"}, {"隆", "隆"}, {"𠀾", "丢"}, {"爲", "为为"}};
	const SpEnv *env = &sp_env_malloc;

	sp_folder_init(f);
	for (size_t i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++)
	{
		CHECK(sp_folder_add(env, f, -1, 0, phrases[i][0], strlen(phrases[i][0]), phrases[i][1], strlen(phrases[i][1])));
		CHECK(sp_folder_add(env, f, 0, 0, phrases[i][0], strlen(phrases[i][0]), phrases[i][1], strlen(phrases[i][1])));
	}
	for (size_t i = 0; i < sizeof(chars) / sizeof(chars[0]); i++)
		CHECK(sp_folder_add(env, f, 0, 1, chars[i][0], strlen(chars[i][0]), chars[i][1], strlen(chars[i][1])));
	/* refused: a stage out of range, an empty key, invalid UTF-8 */
	CHECK(!sp_folder_add(env, f, SP_FOLD_MAX_STAGES, 0, "a", 1, "b", 1));
	CHECK(!sp_folder_add(env, f, 0, 0, "", 0, "b", 1));
	CHECK(!sp_folder_add(env, f, 0, 0, "\xff", 1, "b", 1));
	sp_folder_finish(env, f);
}

static void
check_fold(const SpFolder *f, const char *in, const char *want, bool map)
{
	SpFolded	fd;

	sp_fold_text(&sp_env_malloc, f, in, strlen(in), &fd);
	CHECK_SPAN(fd.s, fd.len, want);
	CHECK_INT(fd.changed, strcmp(in, want) != 0);
	CHECK_INT(fd.map != NULL, map);
	CHECK_INT(sp_fold_orig(&fd, fd.len), strlen(in));
	sp_fold_free(&sp_env_malloc, &fd);
}

SP_TEST(fold_phrases_and_characters)
{
	SpFolder	f;

	small_folder(&f);
	check_fold(&f, "", "", false);
	check_fold(&f, "发展", "发展", false);	/* nothing to fold: not even copied */
	check_fold(&f, "乾隆發國", "乾隆发国", false);	/* the phrase keeps 乾 */
	check_fold(&f, "乾燥", "干燥", false);
	check_fold(&f, "頭髮乾", "头发干", false);
	check_fold(&f, "GDP 5.2% 國", "GDP 5.2% 国", false);
	check_fold(&f, "乾隆", "乾隆", false);	/* keys matched, but to themselves */
	sp_folder_free(&sp_env_malloc, &f);
}

SP_TEST(fold_map_back)
{
	SpFolder	f;
	SpFolded	fd;
	const char *in = "國𠀾發";		/* 𠀾 (4 bytes) folds to 丢 (3 bytes) */
	const char *in2 = "發爲國";		/* 爲 (1 character) folds to 为为 (2) */

	small_folder(&f);
	sp_fold_text(&sp_env_malloc, &f, in, strlen(in), &fd);
	CHECK_SPAN(fd.s, fd.len, "国丢发");
	CHECK(fd.map != NULL);
	CHECK_INT(sp_fold_orig(&fd, 0), 0);
	CHECK_INT(sp_fold_orig(&fd, 3), 3);
	CHECK_INT(sp_fold_orig(&fd, 6), 7);		/* 发 starts at byte 7 of the original */
	CHECK_INT(sp_fold_orig(&fd, 9), 10);
	sp_fold_free(&sp_env_malloc, &fd);

	sp_fold_text(&sp_env_malloc, &f, in2, strlen(in2), &fd);
	CHECK_SPAN(fd.s, fd.len, "发为为国");
	CHECK_INT(sp_fold_orig(&fd, 3), 3);
	CHECK_INT(sp_fold_orig(&fd, 6), 3);		/* inside the value: the key's start */
	CHECK_INT(sp_fold_orig(&fd, 9), 6);
	CHECK_INT(sp_fold_orig(&fd, 12), 9);
	sp_fold_free(&sp_env_malloc, &fd);
	sp_folder_free(&sp_env_malloc, &f);
}

SP_TEST(fold_null_folder)
{
	SpFolded	fd;

	sp_fold_text(&sp_env_malloc, NULL, "發展", strlen("發展"), &fd);
	CHECK_SPAN(fd.s, fd.len, "發展");
	CHECK(!fd.changed);
	sp_fold_free(&sp_env_malloc, &fd);
}
