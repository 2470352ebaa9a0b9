package io.claimtrack.ingest.extract;

/**
 * A word, number or punctuation mark; {@code lower} is the lower-cased surface form, {@code classes} the bits of the
 * {@link WordClass}es it is in.
 */
public record Token(int start, int end, String text, String lower, Type type, long classes) {

    public enum Type { WORD, NUMBER, PUNCT, QUOTE }

    public boolean isWord() {
        return type == Type.WORD;
    }

    /** A mark that ends a sentence: ".", "!" or "?". */
    public boolean closesSentence() {
        return is(".") || is("!") || is("?");
    }

    /** A word not capitalised: "ferry", not "Ferry", "12" or ",". */
    public boolean isLowerWord() {
        return isWord() && !isCapitalized();
    }

    public boolean isCapitalized() {
        if (type != Type.WORD) {
            return false;
        }
        // Asked of most words by many rules: an ASCII letter answers without the Unicode tables.
        char c = text.charAt(0);
        return c < 0x80 ? c >= 'A' && c <= 'Z' || (c == 'a' || c == 'e') && articledName() : Character.isUpperCase(c);
    }

    /** "al-Qandari", "el-Masri": an Arabic surname written with its lower-case article is a name's word all the same. */
    private boolean articledName() {
        return text.length() > 3 && text.charAt(1) == 'l' && text.charAt(2) == '-' && Character.isUpperCase(text.charAt(3));
    }

    public boolean isAllCaps() {
        if (type != Type.WORD || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean in(WordClass c) {
        return (classes & c.bit) != 0;
    }

    public boolean is(String s) {
        return lower.equals(s);
    }
}
