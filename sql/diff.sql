-- speech_diff: a row per unit (sentences, clauses ending at ；, headings),
-- op same/changed/added/removed/moved, positions on each side, similarity,
-- speech_outline section ids.  speech_diff_chars: the character runs of one
-- changed unit.  Every expected row below was checked by hand.
\pset null '∅'
-- a row per op: 实施 added, 稳定 clause reworded, 扩大内需 moved into 二、,
-- 就业 removed (after the unit before it, kept on both sides)
\set old '一、总体要求\n我们要坚持稳中求进。今年经济增长5%左右；物价基本稳定。城镇新增就业1200万人以上。\n二、主要任务\n扩大国内需求，增强消费对经济发展的基础性作用。加快建设现代化产业体系。'
\set new '一、总体要求\n扩大国内需求，增强消费对经济发展的基础性作用。我们要坚持稳中求进。今年经济增长5%左右；物价总体保持基本稳定。\n二、主要任务\n加快建设现代化产业体系。实施创新驱动发展战略。'
SELECT d.id, d.op, d.old_pos, d.old_len, d.new_pos, d.new_len, round(d.similarity::numeric, 3) AS sim,
	   d.old_section, d.new_section,
	   substr(E:'old', d.old_pos, d.old_len) AS old_text, substr(E:'new', d.new_pos, d.new_len) AS new_text
  FROM speech_diff(E:'old', E:'new') d ORDER BY d.id;
-- identical texts: all same, similarity 1
SELECT op, count(*), min(similarity), max(similarity) FROM speech_diff(E:'old', E:'old') GROUP BY op;
-- a width change alone is same (full-width digits, punctuation and spaces)
SELECT op, similarity, substr('　经济增长5%, 物价稳定. ', new_pos, new_len)
  FROM speech_diff('经济增长５％，物价稳定。', '　经济增长5%, 物价稳定. ');
-- a section inserted: the heading after it is renumbered (三、→四、), changed
SELECT d.id, d.op, round(d.similarity::numeric, 3) AS sim, d.old_section, d.new_section,
	   substr(E'一、甲项工作\n做好甲项工作。\n二、乙项工作\n做好乙项工作。\n三、丙项工作\n做好丙项工作。', d.old_pos, d.old_len) AS old_text,
	   substr(E'一、甲项工作\n做好甲项工作。\n二、乙项工作\n做好乙项工作。\n三、新增一项\n推进新增的工作。\n四、丙项工作\n做好丙项工作。', d.new_pos, d.new_len) AS new_text
  FROM speech_diff(E'一、甲项工作\n做好甲项工作。\n二、乙项工作\n做好乙项工作。\n三、丙项工作\n做好丙项工作。',
				   E'一、甲项工作\n做好甲项工作。\n二、乙项工作\n做好乙项工作。\n三、新增一项\n推进新增的工作。\n四、丙项工作\n做好丙项工作。') d
 ORDER BY d.id;
-- repeated identical sentences pair in order; the third one is added after them
SELECT id, op, old_pos, new_pos FROM speech_diff('谢谢。谢谢。好。', '谢谢。谢谢。好。谢谢。') ORDER BY id;
-- a moved sentence with a small edit is still moved (similarity >= 0.8), one row with both spans
SELECT id, op, old_pos, old_len, new_pos, new_len, round(similarity::numeric, 3) AS sim
  FROM speech_diff('甲乙丙丁戊己庚辛。天地玄黄宇宙洪荒日月盈昃辰宿列张。寒来暑往秋收冬藏。闰余成岁律吕调阳。',
				   '天地玄黄宇宙洪荒日月盈昃辰宿列张。寒来暑往秋收冬藏。闰余成岁律吕调阳。甲乙丙丁戊己庚午。') ORDER BY id;
-- a run of end marks and closing quotes stays with its sentence; blank and
-- white-space-only lines are not units; leading white space is trimmed
SELECT id, op, new_pos, new_len, substr(E'　他说：“真的吗？！”\n \t\n  好；很好。', new_pos, new_len)
  FROM speech_diff('', E'　他说：“真的吗？！”\n \t\n  好；很好。') ORDER BY id;
-- every op has its NULLs: old_* NULL exactly for added, new_* for removed
SELECT op, bool_and((old_pos IS NULL) = (op = 'added')) AS old_null_ok,
	   bool_and((new_pos IS NULL) = (op = 'removed')) AS new_null_ok,
	   bool_and(similarity BETWEEN 0 AND 1) AS sim_ok
  FROM speech_diff(E:'old', E:'new') GROUP BY op ORDER BY op;
-- empty texts
SELECT count(*) FROM speech_diff('', '');
SELECT op, old_pos, new_pos FROM speech_diff('', '只有一句。');
-- the character view of a changed unit: runs covering both strings
SELECT * FROM speech_diff_chars('今年经济增长5%左右', '今年经济增长5.5%左右');
SELECT * FROM speech_diff_chars('物价基本稳定。', '物价总体保持基本稳定。');
-- a single equal character between two edits joins them (替换 reads as one word)
SELECT id, op, substr('加快发展方式转变', old_pos, old_len) AS old, substr('加速推进方式转变', new_pos, new_len) AS new
  FROM speech_diff_chars('加快发展方式转变', '加速推进方式转变') ORDER BY id;
SELECT * FROM speech_diff_chars('', 'abc');
SELECT * FROM speech_diff_chars('abc', 'abc');
-- composed with speech_diff: character runs of every changed unit, positions in the texts
SELECT d.id, c.op, substr(E:'old', d.old_pos + c.old_pos - 1, c.old_len) AS removed,
	   substr(E:'new', d.new_pos + c.new_pos - 1, c.new_len) AS added
  FROM speech_diff(E:'old', E:'new') d,
	   LATERAL speech_diff_chars(substr(E:'old', d.old_pos, d.old_len), substr(E:'new', d.new_pos, d.new_len)) c
 WHERE d.op = 'changed' AND c.op <> 'same' ORDER BY d.id, c.id;
-- STRICT
SELECT count(*) FROM speech_diff(NULL, 'a');
