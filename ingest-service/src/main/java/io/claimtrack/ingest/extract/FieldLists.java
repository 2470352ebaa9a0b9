package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "Minister of Culture, Sport and Tourism", "Deputy Mayor for Housing, Transport and Urban Renewal": a title's field
 * that lists with commas. The list's commas join one title, so its holder is the name after the whole list ("...,
 * Sport and Tourism, Pavel Rusk," or "... and Youth Pavel Rusk"), not its last item. A comma after the field and
 * before a name alone ("the Minister of Culture, Pavel Rusk, said") is the aside's, as is a list of people ("..., Ivo
 * Lund and Ada Berg"): an item whose first word is a first name, or hyphenated, is someone's name.
 */
final class FieldLists {

    /** Most capitalised words of one item of the list: "Social Policy", "Regional Development". */
    private static final int ITEM_WORDS = 3;
    /** Most items of one list, its last after "and" included. */
    private static final int ITEMS = 5;

    private FieldLists() {
    }

    /** Whether the comma at token {@code i} separates two items of a title's field. */
    static boolean listComma(Lexicon lexicon, List<Token> tokens, int i) {
        return tokens.get(i).is(",") && afterTitleOf(lexicon, tokens, i) && closedByAnd(lexicon, tokens, i);
    }

    /**
     * The items before the comma go back to a title's "of" or "for" ("Minister of Culture", "Mayor for Housing, ..."),
     * an item at a time.
     */
    private static boolean afterTitleOf(Lexicon lexicon, List<Token> tokens, int comma) {
        int k = comma;
        for (int items = 0; items < ITEMS; items++) {
            int start = itemStartBefore(lexicon, tokens, k);
            if (start < 0) {
                return false;
            }
            int link = start - 1;
            if (link >= 0 && tokens.get(link).is("the")) {
                link--;
            }
            if (link >= 1 && (tokens.get(link).is("of") || tokens.get(link).is("for"))) {
                return lexicon.roles.contains(lexicon.headKey(tokens.get(link - 1).lower()));
            }
            if (link < 0 || !tokens.get(link).is(",")) {
                return false;
            }
            k = link;
        }
        return false;
    }

    /** The first token of the field item ending before token {@code end}, or -1 when no item ends there. */
    private static int itemStartBefore(Lexicon lexicon, List<Token> tokens, int end) {
        int k = end - 1;
        while (k >= 0 && end - k <= ITEM_WORDS && tokens.get(k).isCapitalized()) {
            k--;
        }
        int start = k + 1;
        return start < end && fieldItem(lexicon, tokens, start) ? start : -1;
    }

    /** The items after the comma run, an item at a time, to an "and" (or ", and") before the last. */
    private static boolean closedByAnd(Lexicon lexicon, List<Token> tokens, int comma) {
        int k = comma;
        for (int items = 0; items < ITEMS; items++) {
            int end = itemEndAfter(lexicon, tokens, k + 1);
            if (end < 0 || end >= tokens.size()) {
                return false;
            }
            if (tokens.get(end).is(",") && end + 1 < tokens.size() && tokens.get(end + 1).is("and")) {
                end++;
            }
            if (tokens.get(end).is("and")) {
                return end + 1 < tokens.size() && fieldItem(lexicon, tokens, end + 1);
            }
            if (!tokens.get(end).is(",")) {
                return false;
            }
            k = end;
        }
        return false;
    }

    /** The token after the field item starting at {@code start}, or -1 when none starts there. */
    private static int itemEndAfter(Lexicon lexicon, List<Token> tokens, int start) {
        if (start >= tokens.size() || !fieldItem(lexicon, tokens, start)) {
            return -1;
        }
        int k = start;
        while (k < tokens.size() && k - start < ITEM_WORDS && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k;
    }

    /** A capitalised word that can open a field: no first name, no hyphenated surname. */
    private static boolean fieldItem(Lexicon lexicon, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isWord() && t.isCapitalized() && t.text().indexOf('-') < 0 && !lexicon.isFirstName(t.lower());
    }
}
