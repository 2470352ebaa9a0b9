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

    public boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
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
