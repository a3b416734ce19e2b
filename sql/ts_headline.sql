-- ts_headline: highlights with the surrounding text intact (no lost spaces,
-- no duplicated text).

SELECT ts_headline('speech_zh', '我们要构建和谐社会，  and keep  the   spaces. 人民群众', plainto_tsquery('speech_zh', '社会'));
SELECT ts_headline('speech_zh', E'第一段：人民。\n\n第二段：\t人民群众。', plainto_tsquery('speech_zh', '人民'));
-- the headline without highlight marks is the text itself
WITH d(body) AS (VALUES
	('中华人民共和国成立于1949年10月1日。  ChatGPT与大模型，５Ｇ网络😀！'),
	(E'  前后有空格\t和制表符  ')
)
SELECT ts_headline('speech_zh', body, plainto_tsquery('speech_zh', '人民 网络'),
	'StartSel="", StopSel="", HighlightAll=true') = body AS intact
FROM d;
-- fragments
SELECT ts_headline('speech_zh',
	repeat('这是无关的句子。', 20) || '我们坚持科学发展观，推动经济发展。' || repeat('另一个无关的句子。', 20),
	plainto_tsquery('speech_zh', '科学发展观'), 'MaxFragments=1, MaxWords=12, MinWords=4');
SELECT ts_headline('speech_zh', '英文 English words and 中文词语 mixed', to_tsquery('speech_zh', 'word'));
