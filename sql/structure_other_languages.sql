-- structure_other_languages: English speeches get paragraphs and sentences by
-- ICU's rules with the standard suppressions, and no false headings.

-- Mr. Speaker and U.S. do not end sentences (en_sotu_2018_trump)
SELECT id, text, terminator FROM speech_sentences('Mr. Speaker, Mr. Vice President, Members of Congress, the First Lady of the United States, and my fellow Americans: Less than 1 year has passed since I first stood at this podium. The U.S. economy is growing. Dr. Smith agreed! Is it true? Yes.');

-- a lost space after a full stop (en_gwr_2017: abroad.However) still ends a sentence
SELECT id, text FROM speech_sentences('We will open wider to the world and invest abroad.However, the road ahead is not smooth.');

-- hard-wrapped transcript lines are one paragraph (pc_en_2023_wh_gaggle_palo_alto);
-- a header block of short lines is not joined
SELECT id, text FROM speech_paragraphs(E'Aboard Air Force One\n\nEn Route Palo Alto, California\n\nMS. JEAN-PIERRE:\u00a0 Hello.\u00a0 Okay.\u00a0 Hi, everybody.\u00a0 Happy Juneteenth.\u00a0 So,\nwhile we normally don''t do gaggles on a federal holiday, this is an\nexception.\u00a0 And we wanted to make sure that you all had the opportunity\nto ask a few questions.\n\nSo, we''re headed to Palo Alto, California.\n');

-- a numbered list inside an English paragraph is not an outline (en_sotu_1863_lincoln);
-- numbered subsection titles on their own lines are (en_gwr_2017)
SELECT count(*) AS list_headings FROM speech_outline(E'The report consists of--\n\n1. The military operations of the year. 2. The organization of colored persons. 3. The exchange of prisoners.\n');
SELECT id, level, marker, heading FROM speech_outline(E'Esteemed Deputies,\n\n1. Pushing ahead with the five priority tasks\n\nWe will cut overcapacity.\n\n2. Deepening reform in major sectors\n\nWe will deepen reform.\n');

-- other scripts: no Han, no Latin full stops
SELECT id, text, terminator FROM speech_sentences('Здравствуйте, друзья! Это тест. Вот и всё.');
SELECT (speech_parse(E'Fellow-Citizens of the Senate and House of Representatives:\n\nI embrace with great satisfaction the opportunity.\n')).salutation;
