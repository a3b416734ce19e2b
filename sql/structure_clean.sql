-- structure_clean: speech_clean removes noise, normalises white space and the
-- width of Chinese-context punctuation, and leaves everything else byte for byte.

SELECT speech_clean(E'1、全区组织工作会议讲话 同志们: 根据区委的安排,下面我就\n2、全区组织工作讲四点意见。\n3、第一,是背景(试行)。打造“三\n4、个代表重要思想。');
SELECT speech_clean(E'这五年，我们&nbsp;坚定不移&#8226;稳中求进&amp;开拓创新。&unknown; &#0; &#xZZ;');
SELECT speech_clean(E'\u3000\u3000第一段。\r\n\r\n\r\n\r\n\t第二段\u00a0\u00a0结束。  \r\n');
SELECT speech_clean(E'零宽\u200b字符\ufeff。');
-- Latin text keeps its ASCII punctuation; numbers keep their commas
SELECT speech_clean('Hello, world (ok): 1,000 people; done?');
SELECT speech_clean('增长6.9%,达到1,000亿元(约)。');
-- idempotent on clean text, and on its own output
SELECT speech_clean(t) = t AS unchanged FROM (VALUES ('同志们：今天我们召开大会。'), ('A clean sentence.')) v(t);
SELECT speech_clean(speech_clean(E'1、讲话 同志们: 下面,\n2、我讲。\n3、第一,\n4、是。')) = speech_clean(E'1、讲话 同志们: 下面,\n2、我讲。\n3、第一,\n4、是。') AS idempotent;
-- a character decoded from an entity is normalised as a literal one: CRLF is
-- one line break, zero-width characters go, U+2028 breaks the line, a run of
-- line breaks leaves one blank line (shown with \n)
SELECT replace(speech_clean('甲&#13;&#10;乙&#x200B;丙&#x2028;丁&#10;&#10;&#10;&#10;&#10;戊'), E'\n', '\n') AS decoded;
SELECT speech_clean('甲&#13;&#10;乙') = speech_clean(E'甲\r\n乙') AS crlf_same,
	   speech_clean('x&#10;&nbsp;&#12288;y&nbsp;&#10;z') = speech_clean(E'x\n\u00a0\u3000y\u00a0\nz') AS spaces_same;
