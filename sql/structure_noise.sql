-- structure_noise: the noise real speech texts carry, from the seed and the corpus.

-- the seed's chunk numbers: line-start "N、" that continue the sentence of the
-- previous line are noise, never headings; paragraph breaks flattened to spaces;
-- ASCII commas in Chinese text; closing quotes lost
CREATE TABLE noisy (body text);
INSERT INTO noisy VALUES (E'1、全区组织工作会议讲话 同志们: 根据区委的安排,下面我就全区组织工作讲四点意见。 一、着眼大局,找准定位 组织部门作为施工队,及时转变工作理念,找准工作定位,\n'
 '2、创造性地开展工作。 第一,是构建和谐社会的大背景。 第二,是区委提出了打造“一基地、两区的规划目标。作为主城区,我们是市里的“窗口,工作的好坏直接影响形象。有\n'
 '3、些工作在全国也有一定的知名度。 二、关于2023年组织工作的回顾 2023年,全区组织工作坚持以“三\n'
 '4、个代表重要思想为指导,各项工作取得了一定成效,我们');

SELECT id, parent_id, level, marker, ordinal, heading FROM noisy, speech_outline(body);
SELECT id, section_id, text FROM noisy, speech_paragraphs(body);
SELECT id, paragraph_id, text, terminator FROM noisy, speech_sentences(body);
SELECT title, salutation, announced_points, found_points FROM noisy, speech_parse(body);
-- the truncated text ends mid-sentence: the last sentence has no terminator
SELECT text, terminator IS NULL AS no_terminator FROM noisy, speech_sentences(body) ORDER BY id DESC LIMIT 1;
DROP TABLE noisy;

-- a line-start number that merely repeats the line count is not a heading even at a
-- sentence boundary; a real list restarts elsewhere
SELECT count(*) AS chunk_headings FROM speech_outline(E'1、第一行的文字没有结束,\n2、第二行接着说。\n3、第三行也是,\n4、第四行。\n');

-- Wikisource link breaks (wr_national_1954, cr_09_1969): single newlines inside
-- sentences in a text whose paragraphs are separated by blank lines
SELECT id, text FROM speech_paragraphs(E'各位代表：\n\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n並進行了三天的討論以後，已經完成了一件歷史性的工作。\n\n我國偉大的人民革命的根本目的，是解放生産力。\n');

-- a quotation whose marks sit on lines of their own (cr_09_1969): its （１）（２） are not headings
SELECT count(*) AS quoted_markers FROM speech_outline(E'马克思曾经这样说过：“\n我的新贡献就是证明了下列几点：（１）阶级的存在仅仅同生产发展的一定历史阶段相联系；（２）阶级斗争必然要导致无产阶级专政；（３）这个专政不过是过渡。\n”马克思的学说。\n\n另一段。\n');

-- indentation with ideographic spaces and tabs, CRLF line ends, zero-width spaces
SELECT id, level, marker, heading FROM speech_outline(E'\t\u3000\u3000一、2015年工作回顾\r\n\u3000\u3000过去一年。\r\n\u3000\u3000二、\u200b2016年重点工作\r\n');

-- spaced-out names and page-furniture word lists are not paragraph breaks;
-- a wide gap is
SELECT id, text FROM speech_paragraphs(E'下载 打印 全屏 收藏\n习　近　平\n绍兴一中党委书记、校长  王 琛 \u00a0 \u00a0 \u00a0 同志们：今天我们召开大会。');

-- HTML: block tags break paragraphs, inline tags and &nbsp; are invisible
-- (cr_zhejiang_prov_15th_2022_html)
SELECT id, text FROM speech_paragraphs('<div class="conTxt"><p style="text-align:center"><span>忠实践行</span><span>“八八战略”</span></p><p><strong>一、过去五年的工作</strong></p><p>这五年，我们&nbsp;坚定不移。</p><p><strong>二、今后五年的目标</strong></p></div>');
SELECT id, marker, heading FROM speech_outline('<p><strong>一、过去五年的工作</strong></p><p>内容。</p><p><strong>二、今后五年的目标</strong></p>');

-- invalid-looking but valid input: unbalanced quotes everywhere, lone brackets
SELECT count(*) FROM speech_sentences('“““（（（【【《《“一是”“二是');
SELECT count(*) FROM speech_outline(repeat('“一是，', 20000));
-- a long line without any punctuation is one paragraph and one sentence
SELECT count(*) AS sentences, max(len) AS chars FROM speech_sentences(repeat('中文没有标点', 100000));

-- a chunk number inside a heading: the outline, the sections of speech_parse and
-- the outline of speech_parse_json give the heading without it
\set chunked '1、全区组织工作会议讲话 同志们: 下面我讲两点意见。 一、着眼大局找准定位提高思想认\n2、识到位 组织部门要及时转变工作理念。 二、关于工作的回顾 全区组织工作坚持以“三\n3、个代表重要思想为指导。'
SELECT o.id, o.heading,
       (SELECT (s).heading FROM speech_parse(E:'chunked') p, unnest(p.sections) s WHERE (s).id = o.id) AS parse_heading,
       (SELECT h->>'heading' FROM jsonb_path_query(speech_parse_json(E:'chunked'), 'strict $.outline.**{1 to last} ? (exists (@.id))') h
        WHERE (h->>'id')::int = o.id) AS json_heading
FROM speech_outline(E:'chunked') o;
