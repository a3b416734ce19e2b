-- structure_markers: numbering styles, sequence and nesting rules, traps.
-- Snippets come from the corpus in ../shared/corpus (file names in comments).

CREATE FUNCTION outline(t text) RETURNS TABLE (id int, parent_id int, level int, marker text, ordinal int, heading text)
LANGUAGE sql IMMUTABLE AS $$ SELECT id, parent_id, level, marker, ordinal, heading FROM speech_outline(t) $$;

-- GB/T 9704 hierarchy 一、 → （一） → 1. → （1）, full- and half-width
SELECT * FROM outline(E'一、总体要求\n（一）指导思想\n1．坚持党的领导\n(1)加强政治建设\n(2)加强思想建设\n2．坚持人民至上\n（二）基本原则\n二、主要任务\n');

-- nesting comes from the order styles first appear, not from a fixed table:
-- here 1. is the top level and （一） nests under it; a style seen again after its
-- parent closed belongs to the new parent
SELECT * FROM outline(E'1. 甲\n（一）子\n（二）丑\n2. 乙\n（一）寅\n（二）卯\n');

-- speech habits: 第一， ordinal sentences (sp_national_2020_poverty_symposium)
SELECT * FROM outline(E'第一，脱贫攻坚目标任务接近完成。贫困人口大幅减少。\n第二，贫困群众收入水平大幅度提高。\n第三，贫困地区基本生产生活条件明显改善。\n');

-- inline enumerations close with their paragraph; 1、 then nests under the open
-- section (the seed: 一是…五是 inside 第四, followed by 1、…)
SELECT * FROM outline(E'一、着眼大局\n第一,是背景。\n第二,是问题。主要有:一是对基层组织;二是干部人事;三是党管人才。\n新的要求:\n1、对创新提出了新要求。\n2、对整合提出了新要求。\n二、关于回顾\n');

-- 一要 after 一是 in one paragraph are siblings, not nested (wr_national_2008, section （六）)
SELECT * FROM outline(E'（一）更加注重社会建设\n一是免费义务教育；二是职业教育；三是高等教育。一要素质教育；二要教师队伍。\n（二）文化\n');

-- （1） after a colon (wr_national_2008, section （六）: 总的指导原则是：（1）…；（2）…)
SELECT * FROM outline(E'（一）住房保障\n总的指导原则是：（1）坚持从国情出发；（2）坚持发挥政府作用；（3）坚持加强调控。\n（二）文化\n');

-- a marker alone on its line takes the next line as its heading (wr_national_2008)
SELECT * FROM outline(E'    （一）\n    加强和改善宏观调控，促进经济平稳快速发展\n    正文。\n    （二）大力推进改革开放\n');

-- 首先…其次…最后 at the start of paragraphs (cr_12_1982); 最后 ends the run
SELECT * FROM outline(E'首先，关于集中资金进行重点建设的问题。\n其次，关于坚持国营经济的主导地位的问题。\n最后，关于扩大对外经济技术交流的问题。\n');

-- sequence rules: 三、 needs 二、 (a gap is no heading); a stray 一、 inside a run is dropped;
-- a run may restart at 一 when the next marker continues the new run
SELECT * FROM outline(E'一、甲\n三、丙\n二、乙\n一、错\n三、丙\n');
SELECT * FROM outline(E'一、五条教训\n二、第二条\n一、十项任务\n二、第二项\n三、第三项\n');

-- traps: the same shapes inside phrases, quotes, numbers and enumerations are no headings
SELECT count(*) AS traps FROM outline(
  -- cr_19_2017: 统一、 / 世界第二， / 第一要务 / 质量第一、 / 统一是
  E'实现民族独立、人民解放、国家统一、社会稳定。稳居世界第二，对世界经济增长贡献率超过百分之三十。'
  '把发展作为党执政兴国的第一要务。必须坚持质量第一、效益优先。依法治国有机统一是社会主义政治发展的必然要求。\n'
  -- wr_national_1988: a slogan in quotes, 首先 without a comma
  '必须坚持“一要吃饭，二要建设”的原则。基础工业的建设，首先要加快能源建设。决不首先使用核武器。\n'
  -- sp_local_2020_school_theme_education_summary: 十九届二、三、四中全会; 四、五年; 1.5亿; 第三批
  '深入学习十九届二、三、四中全会精神。再用四、五年时间。投入1.5亿元。参加了第三批先进性教育活动。\n'
  -- sp_national_2020_poverty_symposium: 最后 in ordinary use
  '确保取得最后胜利。关于脱贫攻坚战最后一年的工作。啃下最后的硬骨头。\n');

-- enumerations whose items end with a semicolon are lists, not headings (wr_national_1988)
SELECT count(*) AS list_items FROM outline(E'采取以下的综合配套措施：\n\n　　一、继续坚持改革不合理的价格体系；\n\n　　二、适当控制物价上涨幅度；\n\n　　三、加强物价管理。\n');

-- footnote references (①… glued to a full stop) are not headings (cr_12_1982)
SELECT count(*) AS footnotes FROM outline(E'是人民群众自己创造的。①毫无疑义，没有群众的热忱。\n是新的语言”。②毛泽东同志也指出。\n① 列宁\n② 马克思\n');

-- deep, wide and adversarial numbering stays bounded and linear
SELECT max(level) <= 10 AS bounded, count(*) > 0 AS found
FROM outline(repeat(E'一、(一)1.(1)①\n', 10000));
SELECT count(*) FROM outline(repeat('一、', 100000));
