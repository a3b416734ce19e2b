/*
 * libFuzzer target: speaker turns (sp_turns_find: speech_turns, the outline's
 * turn breaks, speech_turn_metrics) on arbitrary bytes.  Checks: the turns
 * tile the text in order (the first from 0 or its label after white space, each from the end of the one
 * before, the last to the end), a speaker and a body inside their turn, a
 * reply to an earlier question, the counted pieces in order inside the turn,
 * and sp_turns_likely agreeing with a found transcript.
 */
#include "fuzz_common.h"
#include "sp_turn.h"

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpTurnVec	v;
	size_t		labelled = 0;

	sp_turns_find(env, s, size, &v);
	for (size_t k = 0; k < v.n; k++)
	{
		const SpTurn *t = &v.items[k];
		SpSpanVec	pieces = {0};

		span_ok(t->whole, size);
		REQUIRE(t->whole.start < t->whole.end);
		/* the first turn starts at 0, or at its label after white space only */
		if (k == 0)
			for (size_t i = 0; i < t->whole.start; i++)
				REQUIRE(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
						(unsigned char) s[i] >= 0x80);
		else
			REQUIRE(t->whole.start == v.items[k - 1].whole.end);
		REQUIRE(k + 1 < v.n || t->whole.end == size);
		REQUIRE(t->role <= SP_TURN_ANSWER);
		if (t->speaker.end > t->speaker.start)
		{
			labelled++;
			REQUIRE(t->speaker.start >= t->whole.start && t->speaker.end <= t->whole.end);
			REQUIRE(t->body >= t->speaker.end && t->body <= t->whole.end);
		}
		REQUIRE(t->reply_to < (int) k);
		if (t->reply_to >= 0)
		{
			REQUIRE(t->role == SP_TURN_ANSWER);
			REQUIRE(v.items[t->reply_to].role == SP_TURN_QUESTION);
		}
		sp_turn_content(env, s, size, t, &pieces);
		for (size_t j = 0; j < pieces.n; j++)
		{
			REQUIRE(pieces.items[j].start < pieces.items[j].end);
			REQUIRE(pieces.items[j].start >= t->whole.start && pieces.items[j].end <= t->whole.end);
			REQUIRE(j == 0 || pieces.items[j].start >= pieces.items[j - 1].end);
		}
		sp_vec_free(env, &pieces);
	}
	sp_vec_free(env, &v);
	(void) labelled;
	(void) sp_turns_likely(s, size);
}
