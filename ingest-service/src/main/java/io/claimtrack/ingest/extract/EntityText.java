package io.claimtrack.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A scraped text's HTML character references ("&amp;quot;", "&amp;#8217;", "&amp;nbsp;") read as the characters they
 * stand for, with each offset of the read text mapped back to the text as given. Scrapers leave them in plain text;
 * unread, a quotation in "&amp;quot;...&amp;quot;" is no quotation and the ";" ending every reference reads as a clause
 * end. The extractor runs on {@link #text} and gives its offsets back in the given text with {@link #source}.
 */
final class EntityText {

    /** The named references news pages leave behind; a name not here stays as written. */
    private static final Map<String, Character> NAMED = Map.ofEntries(Map.entry("quot", '"'), Map.entry("amp", '&'),
            Map.entry("apos", '\''), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("nbsp", ' '),
            Map.entry("lsquo", '‘'), Map.entry("rsquo", '’'), Map.entry("ldquo", '“'), Map.entry("rdquo", '”'),
            Map.entry("ndash", '–'), Map.entry("mdash", '—'), Map.entry("hellip", '…'), Map.entry("laquo", '«'),
            Map.entry("raquo", '»'), Map.entry("eacute", 'é'), Map.entry("egrave", 'è'), Map.entry("ccedil", 'ç'));
    /** How far after its "&amp;" a reference's ";" may stand: "&amp;#x10FFFF;" and the longest name fit. */
    private static final int LONGEST = 10;

    final String text;
    private final int[] source;

    private EntityText(String text, int[] source) {
        this.text = text;
        this.source = source;
    }

    /** The text with its references read, or null when it has none. */
    static EntityText of(String given) {
        StringBuilder out = null;
        int[] map = null;
        int copied = 0;
        for (int i = given.indexOf('&'); i >= 0; i = given.indexOf('&', i + 1)) {
            int end = semicolon(given, i);
            String ch = end < 0 ? null : character(given.substring(i + 1, end));
            if (ch == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(given.length());
                map = new int[given.length() + 1];
            }
            copied = copy(given, copied, i, out, map);
            for (int k = 0; k < ch.length(); k++) {
                map[out.length()] = i;
                out.append(ch.charAt(k));
            }
            copied = end + 1;
            i = end;
        }
        if (out == null) {
            return null;
        }
        copy(given, copied, given.length(), out, map);
        map[out.length()] = given.length();
        return new EntityText(out.toString(), map);
    }

    /** The given text's offset for an offset of the read text; an end offset maps to just after its reference. */
    int source(int offset) {
        return source[offset];
    }

    /** The ";" closing a reference opened at {@code amp}, looked for only as far as the longest reference runs. */
    private static int semicolon(String given, int amp) {
        int limit = Math.min(given.length(), amp + LONGEST + 1);
        for (int k = amp + 1; k < limit; k++) {
            if (given.charAt(k) == ';') {
                return k;
            }
        }
        return -1;
    }

    /**
     * The document read from {@link #text} as a document of the given text: its attributions, blocks, dateline, title
     * and related region, at the given text's offsets; a mention's text is cut from the given text too. The
     * sentences, tokens, quotations and cues stay with the read document.
     */
    AnnotatedDocument given(AnnotatedDocument read, String given) {
        AnnotatedDocument doc = new AnnotatedDocument(given, read.published);
        for (Block b : read.blocks) {
            doc.blocks.add(new Block(b.kind(), source(b.start()), source(b.end()), b.level()));
        }
        Dateline d = read.dateline;
        doc.dateline = d == null ? null : new Dateline(d.place(), d.date(), d.wire(), source(d.start()), source(d.end()));
        doc.titleBlock = read.titleBlock;
        doc.relatedFrom = read.relatedFrom;
        doc.teasers.or(read.teasers);
        Map<Attribution, Attribution> copies = new IdentityHashMap<>();
        for (Attribution a : read.attributions) {
            Mention m = a.mention;
            Mention mention = m == null ? null : new Mention(source(m.start()), source(m.end()),
                    given.substring(source(m.start()), source(m.end())), m.role(), m.name(), m.kind());
            Attribution c = a.moved(this::source, mention);
            copies.put(a, c);
            doc.attributions.add(c);
        }
        for (Attribution a : read.attributions) {
            copies.get(a).antecedent = copies.get(a.antecedent);
            copies.get(a).outer = copies.get(a.outer);
        }
        return doc;
    }

    private static int copy(String given, int from, int to, StringBuilder out, int[] map) {
        for (int k = from; k < to; k++) {
            map[out.length()] = k;
            out.append(given.charAt(k));
        }
        return to;
    }

    /** The character a reference's body ("quot", "#8217", "#x2019") stands for, or null if it is none. */
    private static String character(String body) {
        if (body.length() > 1 && body.charAt(0) == '#') {
            boolean hex = body.charAt(1) == 'x' || body.charAt(1) == 'X';
            String digits = body.substring(hex ? 2 : 1);
            if (digits.isEmpty() || !digits.chars().allMatch(c -> hex ? Character.digit(c, 16) >= 0 : c >= '0' && c <= '9')) {
                return null;
            }
            int code = Integer.parseInt(digits, hex ? 16 : 10);
            if (code == 0xA0) {
                return " ";
            }
            return Character.isValidCodePoint(code) && code > 0 ? new String(Character.toChars(code)) : null;
        }
        Character c = NAMED.get(body);
        return c == null ? null : String.valueOf(c);
    }
}
