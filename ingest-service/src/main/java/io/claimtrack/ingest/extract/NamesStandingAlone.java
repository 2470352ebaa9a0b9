package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two capitalised words the text also gives on their own, with no capitalised word, connector or determiner next to
 * them ("Katrin Vell added that ..."): a person's name, not the last words of a body's or a field's ("and Rural
 * Affairs", "the Water Board"). Lets {@link RoleAndName} cut a long title from the name it ends with when the first
 * name is on no list ("Minister of Education and Science Katrin Vell said ... Katrin Vell added"). A surname the text
 * gives after the title's word alone does the same ("... Katrin Vell said ... Minister Vell added"), and so do the two
 * words after that word alone ("Minister Katrin Vell meets ..."). Read once a document, on the first ask.
 */
final class NamesStandingAlone {

    private final AnnotatedDocument doc;
    private Set<String> pairs;
    private Set<String> titledSurnames;

    NamesStandingAlone(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /** Whether the text gives the two words {@code first} and {@code second} on their own somewhere. */
    boolean has(Token first, Token second) {
        if (pairs == null) {
            pairs = read(doc);
        }
        return pairs.contains(first.text() + " " + second.text());
    }

    /** Whether the text gives {@code surname} right after the title word {@code title} alone: "Minister Vell said". */
    boolean titled(Token title, Token surname) {
        if (titledSurnames == null) {
            titledSurnames = readTitled(doc.tokens);
        }
        return titledSurnames.contains(title.text() + " " + surname.text());
    }

    /** "Minister Vell", "Senator Vell": a capitalised word, a capitalised word, then no capitalised word. */
    private static Set<String> readTitled(List<Token> t) {
        Set<String> out = new HashSet<>();
        for (int k = 1; k + 1 < t.size(); k++) {
            if (t.get(k - 1).isCapitalized() && t.get(k).isCapitalized() && !t.get(k + 1).isCapitalized()) {
                out.add(t.get(k - 1).text() + " " + t.get(k).text());
            }
        }
        return out;
    }

    private static Set<String> read(AnnotatedDocument doc) {
        Set<String> out = new HashSet<>();
        List<Token> t = doc.tokens;
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).isCapitalized() && t.get(k + 1).isCapitalized() && (opensAlone(doc, t, k) || afterTitleAlone(doc, t, k))
                    && (k + 2 == t.size() || !t.get(k + 2).isCapitalized())) {
                out.add(t.get(k).text() + " " + t.get(k + 1).text());
            }
        }
        return out;
    }

    /**
     * "Minister Oskar Lindahl-Baro meets ...": the two words after a title's one word, itself standing alone, are the
     * person's name as surely as the words alone are.
     */
    private static boolean afterTitleAlone(AnnotatedDocument doc, List<Token> t, int k) {
        return k > 0 && t.get(k - 1).isCapitalized() && Lexicon.get().roles.contains(t.get(k - 1).lower()) && opensAlone(doc, t, k - 1);
    }

    /** Nothing before the word at {@code k} that would make it part of a longer name or a phrase's head. */
    private static boolean opensAlone(AnnotatedDocument doc, List<Token> t, int k) {
        if (k == 0 || doc.text.substring(t.get(k - 1).end(), t.get(k).start()).indexOf('\n') >= 0) {
            return true;
        }
        Token before = t.get(k - 1);
        String lower = before.lower();
        return !before.isCapitalized() && !Mentions.isConnector(lower) && !FunctionWords.DETERMINERS.contains(lower);
    }
}
