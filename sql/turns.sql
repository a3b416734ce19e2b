-- turns: speech_turns(body), the speaker turns of a transcript (doc/transcripts.md)

-- a 答记者问: title and narration as an unlabelled statement, 问/答 paragraphs,
-- a continuation paragraph inside the answer, a numbered question 2.问：
SELECT id, speaker, role, reply_to, pos, len, left(substr(b, pos, len), 12) AS starts
  FROM (SELECT E'关于条例的答记者问\n近日，中央印发条例，负责人回答了记者提问。\n\t问：请介绍一下背景。\n\t答：条例是基本遵循。\n\t其次，要抓落实。\n\t2.问：有哪些特点？\n\t答：一是坚持。二是创新。\n' AS b) d,
	   speech_turns(b) t ORDER BY id;

-- the turns cover the text without gap or overlap: their spans concatenate to the body
SELECT string_agg(substr(b, pos, len), '' ORDER BY id) = b AS covers
  FROM (SELECT E'标题\n记者：怎么看？\n宋涛：很好。\n记者：还有呢？\n宋涛：没有了。（笑）\n' AS b) d, speech_turns(b) t
 GROUP BY b;

-- an English briefing: YAML header, a bare Q, a remark that is no question, a
-- resumed answer, stage directions and the closing time stamp inside turns
SELECT id, speaker, role, reply_to, left(substr(b, pos, len), 24) AS starts
  FROM (SELECT E'---\ntitle: "Press Gaggle"\n---\n\n9:00 A.M. EDT\n\nMS. JEAN-PIERRE:\u00a0 Hi, everybody.\n\nQ\u00a0\u00a0\u00a0 Will there be news?\n\nMS. JEAN-PIERRE:\u00a0 I will not get ahead of the\nPresident \u2014\n\n(A door opens.)\n\nQ\u00a0\u00a0\u00a0 Watch out.\n\nMS. JEAN-PIERRE:\u00a0 All right.  As I said, no news.\n\nMODERATOR:  Next question, please.\n\nQ:  And on tariffs?\n\nMS. JEAN-PIERRE:\u00a0 Nothing new.  (Laughter.)\n\n9:10 A.M. EDT\n' AS b) d,
	   speech_turns(b) t ORDER BY id;

-- not a transcript: one statement turn over the whole text; '' gives no row
SELECT id, speaker, role, reply_to, pos, len
  FROM speech_turns(E'同志们：\n今天我讲三点意见。\n作者：某某  时间：2019-12-25\n负责人表示：要加强。\n');
SELECT count(*) AS rows_for_empty FROM speech_turns('');
SELECT count(*) AS rows_for_null FROM speech_turns(NULL);

-- a quoted 问： and a 问 after a comma stay inside the answer; labels after a sentence end start turns
SELECT id, speaker, role, reply_to FROM speech_turns(E'问：怎么看？答：有人说“你好。问：为什么”，我说，问：不知道。问：还有吗？答：没有。');

-- positions are characters, in any text
SELECT pos, len FROM speech_turns(E'Q: Caf\u00e9?\nA: Oui.\n');

-- declared like the other structure functions
SELECT proname, provolatile, proisstrict, proparallel FROM pg_proc
 WHERE proname = 'speech_turns';
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
 WHERE attrelid = 'speech_turn'::regclass AND attnum > 0 ORDER BY attnum;

-- joining rows to turns: the turns tile the text, so a row belongs to the turn
-- whose span holds its pos.  The outline of an answer stays in that answer:
-- 一是… restarts in each answer, a numbered 2.问： is no heading, and no
-- section runs past the end of its turn.
WITH d(b) AS (SELECT E'标题\n1.问：有哪些特点？\n答：主要有两点。\n一是坚持党的领导，把方向、管大局。\n二是坚持问题导向，补短板、强弱项。\n2.问：下一步有什么考虑？\n答：我们将抓好三件事。\n一是抓好学习，原原本本学。\n二是抓好宣传，多种形式讲。\n三是抓好督查，一项一项查。\n')
SELECT t.id AS turn_id, t.role, o.id, o.marker, o.level,
	   o.pos + o.len <= t.pos + t.len AS inside_turn
  FROM d, speech_outline(b) o JOIN speech_turns(b) t ON o.pos >= t.pos AND o.pos < t.pos + t.len
 ORDER BY o.id;
-- sentences per turn
WITH d(b) AS (SELECT E'问：怎么看？答：很好。确实好。问：还有吗？答：没有。')
SELECT t.id AS turn_id, t.speaker, count(s.*) AS sentences
  FROM d, speech_turns(b) t LEFT JOIN LATERAL (SELECT * FROM speech_sentences(b)) s
	ON s.pos >= t.pos AND s.pos < t.pos + t.len
 GROUP BY t.id, t.speaker ORDER BY t.id;

-- speech_turn_metrics: the metrics of each turn, from its label to its last
-- text (the closing stamp and the trailing （笑） left out)
SELECT turn_id, speaker, role, characters, latin_words, sentences, questions
  FROM speech_turn_metrics(E'Q:  Why now?  And why here?\n\nMR. X:  (As interpreted.)  Because it is time.  We waited.\n\n9:10 A.M. EDT\n');
SELECT turn_id, speaker, role, characters, han_characters, sentences, directive_high, first_person_plural
  FROM speech_turn_metrics(E'问：下一步怎么做？\n答：我们必须坚决落实，确保见效。（笑）\n');
SELECT count(*) AS rows_for_empty FROM speech_turn_metrics('');
