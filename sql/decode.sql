-- decode: speech_decode(bytes, encoding) - the bytes of a file as text, in the
-- encodings corpora come in, named or detected, and the errors (invalid bytes
-- at their offset, never a replacement character).  The bytes are built here
-- with convert_to() and decode(hex).

SELECT provolatile, proisstrict, proparallel, pg_get_function_arguments(oid)
FROM pg_proc WHERE proname = 'speech_decode';

CREATE TEMP TABLE lines AS SELECT E'今年全县经济增长百分之六点五左右，完成投资三点二亿元。我们坚持稳中求进工作总基调，必须巩固成果。\n' AS line;

-- named: GB18030 and the names it contains, Big5, UTF-16 both ways, UTF-8 with a BOM
SELECT enc, speech_decode(convert_to('讲话稿', 'GB18030'), enc) AS text
FROM unnest(ARRAY['GB18030', 'gbk', 'GB2312', 'EUC-CN', 'cp936']) enc;
SELECT speech_decode(convert_to('講話稿', 'BIG5'), 'Big5') AS big5,
       speech_decode(decode('b28bdd8b3f7a', 'hex'), 'UTF-16LE') AS utf16le,
       speech_decode(decode('8bb28bdd7a3f', 'hex'), 'UTF-16BE') AS utf16be,
       speech_decode(decode('fffeb28bdd8b3f7a', 'hex'), 'UTF-16') AS utf16_bom,
       speech_decode(decode('efbbbf', 'hex') || convert_to('讲话稿', 'UTF8'), 'UTF-8') AS utf8_bom,
       speech_decode(decode('636166e9', 'hex'), 'ISO-8859-1') AS latin1;
-- GB18030's four-byte form of U+20000
SELECT speech_decode(decode('95328236', 'hex'), 'GB18030') = U&'\+020000' AS four_bytes;

-- detected: BOM, UTF-8, UTF-16 without BOM, and ICU's detector for GB18030 and Big5
SELECT speech_decode(decode('fffeb28bdd8b3f7a', 'hex')) AS bom_le,
       speech_decode(decode('feff8bb28bdd7a3f', 'hex')) AS bom_be,
       speech_decode(decode('efbbbf', 'hex') || convert_to('讲话稿', 'UTF8')) AS bom_utf8,
       speech_decode(convert_to('讲话 speech', 'UTF8')) AS utf8,
       speech_decode(decode('b28bdd8b3f7a0230', 'hex')) AS utf16le,
       speech_decode(decode('8bb28bdd7a3f3002', 'hex')) AS utf16be,
       speech_decode(decode('540068006500200065006e0064002e00', 'hex')) AS english_utf16le;
SELECT speech_decode(convert_to(repeat(line, 20), 'GB18030')) = repeat(line, 20) AS gb18030_detected,
       speech_decode(convert_to(repeat(line, 20), 'GB18030'), 'GBK') = repeat(line, 20) AS gbk_named,
       length(speech_decode(convert_to(repeat(line, 20), 'GB18030'))) AS chars
FROM lines;
SELECT speech_decode(convert_to(repeat(E'今年全縣經濟增長百分之六點五左右，完成投資三點二億元。我們堅持穩中求進工作總基調，必須鞏固成果。\n', 20), 'BIG5'))
       = repeat(E'今年全縣經濟增長百分之六點五左右，完成投資三點二億元。我們堅持穩中求進工作總基調，必須鞏固成果。\n', 20) AS big5_detected;
-- the structure functions read the decoded text
SELECT o.marker, o.heading
FROM speech_outline(speech_decode(convert_to(E'一、认清形势\n内容。\n二、明确任务\n内容。\n', 'GB18030'), 'GB18030')) o;

-- NULL bytes: NULL; an empty input: ''
SELECT speech_decode(NULL) IS NULL AS null_in, speech_decode(NULL, 'GB18030') IS NULL AS null_named,
       speech_decode(''::bytea) = '' AS empty, speech_decode(''::bytea, 'Big5') = '' AS empty_named;

-- errors: invalid bytes with their offset (0-based, as get_byte), named or detected
SELECT speech_decode(convert_to('讲话', 'GB18030') || decode('80', 'hex') || convert_to('稿', 'GB18030'), 'GB18030');
SELECT speech_decode(convert_to('讲话', 'GB18030') || decode('bd', 'hex'), 'GBK');
SELECT speech_decode(convert_to('講話', 'BIG5') || decode('80', 'hex'), 'Big5');
SELECT speech_decode(decode('b28b00d8', 'hex'), 'UTF-16LE');
SELECT speech_decode(decode('b28bdd', 'hex'), 'UTF-16LE');
SELECT speech_decode(decode('e8aeb2c0af', 'hex'), 'UTF-8');
SELECT speech_decode(convert_to(repeat(line, 20), 'GB18030') || decode('ff', 'hex')) FROM lines;
-- a NUL character, a BOM of another encoding, an unknown name
SELECT speech_decode(decode('610062', 'hex'), 'GB18030');
SELECT speech_decode(decode('fffeb28bdd8b', 'hex'), 'GB18030');
SELECT speech_decode(decode('efbbbf41', 'hex'), 'UTF-16');
SELECT speech_decode(decode('41', 'hex'), 'no-such-encoding');
SELECT speech_decode(decode('41', 'hex'), '');
-- too short to detect: the candidates, and how to name the encoding
SELECT speech_decode(convert_to('讲话', 'GB18030'));

-- never a silent replacement: the ::text cast of the README's FAQ gives hex,
-- speech_decode the text
SELECT convert_to('讲话', 'GB18030')::text AS cast_is_hex,
       speech_decode(convert_to('讲话', 'GB18030'), 'GB18030') AS decoded;
