-- structure_document: title, salutation, announced points, opening, closing.

-- a title printed on two lines with page furniture, subtitle and dateline around it
-- (cr_19_2017 and the provincial reports); 几点 announces an unspecified number
SELECT title, salutation, announced_points, found_points, opening, closing
FROM speech_parse(E'下载 打印 全屏 收藏\n【字号：加大 还原 减小】\n决胜全面建成小康社会\n\n\n为夺取新时代中国特色社会主义伟大胜利\n'
  '——在中国共产党第十九次全国代表大会上的报告\n（2017年10月18日）\n同志们：\n现在，我代表第十八届中央委员会向大会作报告。下面，我讲几点意见。\n'
  '一、过去五年的工作和历史性变革\n内容。\n二、新时代中国共产党的历史使命\n内容。\n同志们，让我们更加紧密地团结在党中央周围！\n谢谢大家！\n');

-- announcements: 讲四点意见, 讲4点意见, 讲三方面内容, 分六个部分; not 三个问题 without a verb
SELECT t, (speech_parse(t)).announced_points FROM (VALUES
  (E'同志们：\n下面我就全区组织工作讲四点意见。\n一、甲\n'),
  (E'同志们：\n今天，我重点讲4点意见。\n一、甲\n'),
  (E'同志们：\n下面，我讲三方面内容，一是回顾；二是形势；三是重点。\n一、甲\n'),
  (E'各位代表：\n报告分六个部分。\n一、甲\n'),
  (E'同志们：\n我们要回答好三个问题。\n一、甲\n')) v(t);

-- salutations: multi-part, with 尊敬的, English ones; a broken title word (政府工作报 / 告)
SELECT (speech_parse(t)).salutation, (speech_parse(t)).title FROM (VALUES
  (E'在第十七届中国―东盟博览会开幕式上的致辞\n女士们、先生们、朋友们：\n大家好！\n'),
  (E'尊敬的各位领导、同志们：\n今天我们相聚在这里。\n'),
  (E'各位教官、各位老师、同学们：\n新学期开始了。\n'),
  (E'George Washington\nFirst Annual Message to Congress on the State of the Union\nJanuary 8, 1790\nFellow-Citizens of the Senate and House of Representatives:\n\nI embrace with great satisfaction the opportunity.\n'),
  (E'政府工作报\n告\n——2021年3月5日\n各位代表：\n现在，我代表国务院作报告。\n')) v(t);

-- no salutation, no title: a commentary starting with its text
SELECT title IS NULL AS no_title, salutation IS NULL AS no_salutation, opening
FROM speech_parse(E'“党的领导是推进全面依法治国的根本保证。”在中央全面依法治国工作会议上，习近平总书记作出重要论述。\n第二段。\n');

-- the JSON tree nests sections under their parents
SELECT jsonb_path_query(speech_parse_json(E'一、甲\n（一）子\n（二）丑\n二、乙\n'), '$.outline[*].children[*].heading') AS nested;
