/*
 * sp_turn.h - speaker turns of a transcript (press conference, briefing,
 * interview, 答记者问): who speaks, in which role, answering which question.
 *
 * sp_turns_find() reads UTF-8 text once and returns its turns in document
 * order.  A turn starts at a speaker label (问： 答： 记者： 主持人：
 * 新华社记者： 中央组织部负责人： 宋涛： 【问】 1.问： Q  MR. PRICE:
 * THE PRESIDENT: MODERATOR: ...) and runs to the next one; paragraphs
 * without a label continue the turn (continuation paragraphs, stage
 * directions such as （笑） (Applause.), time stamps, closing datelines).
 * Text before the first label (title, byline, narration, a place and time
 * header) is one unlabelled statement turn from the start.  A text with
 * fewer than two labelled turns is not a transcript: one statement turn
 * covering all of it (none for a text of white space only).
 *
 * The rules are read from how transcripts are laid out (doc/transcripts.md):
 *   - a label starts a line (after indentation), or follows a sentence end
 *     on the line outside quotes when it is a generic label (问 答 记者
 *     主持人 Q A) or one the document uses at a line start;
 *   - generic role labels and labels carrying a title (负责人 发言人 记者
 *     部长 MR. MS. SECRETARY ...) are labels on their own; a bare name
 *     (宋涛： 雪明： Wang Yi:) is one when the narration before the first
 *     label names it or it comes back at line starts, alternating with
 *     other labels;
 *   - metadata and discourse lead-ins (作者： 时间： 注： 来源： 比如：
 *     同志们： 一是…： 《规定》的主要特点：) and a document's title line
 *     are never labels.
 * Roles: host labels (主持人 MODERATOR OPERATOR) are host; questioner
 * labels (问 记者 XX记者 Q) ask (a short remark without a question mark,
 * "Thank you.", is a statement); the other speakers answer the pending
 * question, make statements (opening remarks, a closing word), or host when
 * a short turn of theirs hands the floor to a questioner.  An answer
 * interrupted by a remark of the questioner and then resumed replies to the
 * same question.  Where no label says who asks, the speaker whose turns are
 * mostly questions is the questioner.
 *
 * Linear in the input.
 */
#ifndef SP_TURN_H
#define SP_TURN_H

#include "sp_doc.h"
#include "sp_quote.h"		/* SpSpanVec */

typedef enum SpTurnRole
{
	SP_TURN_STATEMENT = 0,
	SP_TURN_HOST,
	SP_TURN_QUESTION,
	SP_TURN_ANSWER
} SpTurnRole;

extern const char *const sp_turn_role_names[4];	/* statement host question answer */

typedef struct SpTurn
{
	SpSpan		whole;			/* from the label (its number or bracket) to the next turn */
	SpSpan		speaker;		/* the label as written, without number, brackets, colon;
								 * empty for an unlabelled turn */
	size_t		body;			/* where the text after the label and colon starts */
	SpTurnRole	role;
	int			reply_to;		/* index of the question an answer replies to, -1 */
} SpTurn;

typedef SP_VEC(SpTurn) SpTurnVec;

void		sp_turns_find(const SpEnv *env, const char *s, size_t len, SpTurnVec *out);

/*
 * A quick look at line starts only: whether the text has two label shapes
 * there (false: sp_turns_find finds at most labels after sentence ends).
 * The outline stage asks it before looking for turns.
 */
bool		sp_turns_likely(const char *s, size_t len);

/*
 * The spans of a turn's text that per-turn metrics count: its body without
 * stage directions in brackets （笑） [Laughter] (Applause.) (As interpreted.),
 * time stamps on their own line (9:10 A.M. EDT) and closing datelines
 * （新华社北京12月4日电）.  Appends to out; adjacent pieces are separate spans.
 */
void		sp_turn_content(const SpEnv *env, const char *s, size_t len, const SpTurn *t,
							SpSpanVec *out);

#endif							/* SP_TURN_H */
