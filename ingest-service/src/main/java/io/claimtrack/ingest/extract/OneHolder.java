package io.claimtrack.ingest.extract;

/**
 * The people a text gives one title ({@link TitledNames#titledOnly}): the first found, whether there are several, and
 * where the text first names one. A headline's "director" over a story that names its director and a police chief:
 * the one given the word itself ({@code literal}). {@code held}: only holders "of" a place were counted.
 */
final class OneHolder {

    final boolean held;
    String found;
    private boolean several;
    private String literal;
    private boolean severalLiteral;
    int first = Integer.MAX_VALUE;

    OneHolder(boolean held) {
        this.held = held;
    }

    void add(String person, int offset, boolean literally) {
        several |= found != null && !found.equals(person);
        found = found == null ? person : found;
        first = Math.min(first, offset);
        if (literally) {
            severalLiteral |= literal != null && !literal.equals(person);
            literal = literal == null ? person : literal;
        }
    }

    /** The one holder, else the one given the word itself; null if none or several. */
    String one() {
        return !several ? found : literal != null && !severalLiteral ? literal : null;
    }
}
