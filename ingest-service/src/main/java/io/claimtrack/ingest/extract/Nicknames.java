package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 'Beatrice "Bea" Lindahl, 79, said': a nickname in quotation marks between a first name and a surname is part of the
 * name, no quotation ({@link QuoteStage} asks of each quotation it closes); the first name and the surname are one
 * person's name ({@link MentionStage} joins them), "Beatrice Lindahl".
 */
final class Nicknames {

    /** One capitalised word, the nickname inside its marks. */
    private static final Pattern NICKNAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,11}");
    /**
     * A capitalised word and a space right before the opening mark, the first name, itself after no capitalised word: a
     * title-case headline's "Trump Was “Mocking” Clinton" quotes a word.
     */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[^\\p{L} ] ?|\\b\\p{Ll}+ )\\p{Lu}\\p{Ll}+ $");
    /** A space and a capitalised word right after the closing mark: the surname. */
    private static final Pattern AFTER = Pattern.compile("^ \\p{Lu}\\p{L}");
    /** How far before the opening mark the first name is read. */
    private static final int FIRST_NAME_CHARS = 16;
    /** The longest nickname's quotation, both marks included: a capital and eleven letters. */
    private static final int NICKNAME_CHARS = 14;

    private Nicknames() {
    }

    /**
     * The document's names with each first name and the surname after its nickname joined into one name at the first
     * name's offset ("Beatrice" and "Lindahl" -> "Beatrice Lindahl"); the nickname itself, if read as a name, dropped.
     */
    static void join(AnnotatedDocument doc) {
        List<Name> names = doc.names;
        List<Name> out = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            Name first = names.get(j);
            int end = first.offset() + first.text().length();
            int open = end + 1;
            int close = open < doc.text.length() && doc.text.charAt(end) == ' ' ? closeOf(doc.text, open) : -1;
            int k = j + 1;
            while (k < names.size() && names.get(k).offset() < close) {
                k++;
            }
            if (first.words().size() == 1 && first.kind() == SpeakerKind.PERSON && close > open && k < names.size()
                    && names.get(k).offset() == close + 1 && inside(doc.text, open, close)) {
                Name surname = names.get(k);
                out.add(new Name(first.text() + " " + surname.text(), SpeakerKind.PERSON, surname.role(), first.offset()));
                j = k;
            } else {
                out.add(first);
            }
        }
        names.clear();
        names.addAll(out);
    }

    /** Past the mark that closes a nickname's quotation opening at {@code open}, within {@link #NICKNAME_CHARS}; -1 if none. */
    private static int closeOf(String t, int open) {
        char c = t.charAt(open);
        if (c != '"' && c != '“') {
            return -1;
        }
        for (int i = open + 1; i < Math.min(t.length(), open + NICKNAME_CHARS); i++) {
            if (t.charAt(i) == (c == '"' ? '"' : '”')) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Whether the quotation from {@code open} to {@code close} (past its closing mark) is a nickname inside a name. */
    static boolean inside(String t, int open, int close) {
        char mark = t.charAt(open);
        return (mark == '"' || mark == '“') && close - open <= NICKNAME_CHARS && NICKNAME.matcher(t.substring(open + 1, close - 1)).matches()
                && BEFORE.matcher(t.substring(Math.max(0, open - FIRST_NAME_CHARS), open)).find()
                && AFTER.matcher(t.substring(close, Math.min(t.length(), close + 3))).find();
    }
}
