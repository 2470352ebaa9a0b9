package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The title the text gives each person (lower case), read once per document (a search per
 * description would grow with the square of a long text's titled names); part of {@link ResolutionStage}. An office
 * written into the name's phrase ("Finance Minister Ann Lind"; {@link Name#role}), or, flagged as no office, a title set
 * off before the name ("the family's lawyer, Garrett Voss,"). Known, a later bare description of another office ("“It
 * tells you what I did,” the manager replied") is not taken for the lawyer who spoke last; but a title set off is a
 * description ("the study's lead author"), no office: only a bare description's fit reads it, not a headline's plural
 * ("Researchers say"). The first title of each person is kept, an office before a title set off.
 */
final class PersonTitles {

    /** A person's title and whether it was only set off before the name. */
    private record Title(String word, boolean setOff) {
    }

    private final Map<String, Title> byPerson = new HashMap<>();

    /** {@code titledPeople}: the people named with a title in their phrase. */
    PersonTitles(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, List<Name> titledPeople) {
        for (Name n : titledPeople) {
            byPerson.putIfAbsent(names.expand(n.text(), SpeakerKind.PERSON, n.offset()), new Title(n.role().toLowerCase(Locale.ROOT), false));
        }
        for (Name n : doc.names) {
            if (n.kind() != SpeakerKind.PERSON || !n.role().isEmpty()) {
                continue;
            }
            String title = titleBefore(doc, lexicon, n.offset());
            if (title != null) {
                byPerson.putIfAbsent(names.expand(n.text(), SpeakerKind.PERSON, n.offset()), new Title(title, true));
            }
        }
    }

    /** The office the text gives {@code person}, or "". */
    String office(String person) {
        Title t = byPerson.get(person);
        return t == null || t.setOff() ? "" : t.word();
    }

    /** The office the text gives {@code person}, else a title set off before the name, or "". */
    String described(String person) {
        Title t = byPerson.get(person);
        return t == null ? "" : t.word();
    }

    /**
     * The role word right before ", " and the name at {@code offset}, inside a definite description ("the family's
     * lawyer", "her attorney"); null for a list ("Holm, Dahl") or a word of no role.
     */
    private static String titleBefore(AnnotatedDocument doc, Lexicon lexicon, int offset) {
        int k = doc.tokenAtOrAfter(offset) - 1;
        List<Token> t = doc.tokens;
        if (k < 1 || !t.get(k).is(",") || !t.get(k - 1).isWord() || t.get(k - 1).isCapitalized()) {
            return null;
        }
        String head = t.get(k - 1).lower();
        if (!lexicon.roles.contains(head)) {
            return null;
        }
        for (int d = k - 2; d >= 0 && k - d <= ResolutionWindows.OWNER_DESCRIPTION_TOKENS && t.get(d).isWord(); d--) {
            String w = t.get(d).lower();
            if (w.equals("the") || FunctionWords.POSSESSIVES.contains(w) || Mentions.possessiveStem(w).length() < w.length()) {
                return head;
            }
        }
        return null;
    }
}
