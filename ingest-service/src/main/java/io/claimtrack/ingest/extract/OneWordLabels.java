package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whom a one-word transcript label names: the title ("Governor:") or the surname ("Orlin:") the text gave a person
 * before the label. Both read once per document, as a page of labels asks at every one.
 */
final class OneWordLabels {

    /** Where the text first gave a person each title (lower case). */
    private final Map<String, Name> titledAt = new HashMap<>();
    /**
     * Where the text first gave a person a title of several words, by its last ("president" of "Council President"); not
     * a last word two people's titles share ("Council President" and "Vice President"): no one's label.
     */
    private final Map<String, Name> headedAt;
    /** Where the text first named each surname (lower case) with a first name. */
    private final Map<String, Integer> surnamedAt = new HashMap<>();

    /** {@code repeated}: the one-word labels heading more than one turn, a conversation's and not a list's. */
    OneWordLabels(AnnotatedDocument doc, Set<String> repeated) {
        headedAt = SoleTitleHolders.byKey(doc.names, OneWordLabels::lastWord);
        // The names are in text order: the first one given a title keeps it.
        for (Name n : doc.names) {
            if (n.kind() == SpeakerKind.PERSON && n.role() != null) {
                String role = n.role().toLowerCase(Locale.ROOT);
                titledAt.putIfAbsent(role, n);
            }
            if (n.kind() == SpeakerKind.PERSON && repeated.contains(n.surname()) && n.words().size() >= 2) {
                surnamedAt.putIfAbsent(n.surname(), n.offset());
            }
        }
    }

    /**
     * "Governor: Good evening, Lena." under an opening that named "Governor Ivan Sorokin": a one-word label that is
     * the title the text gave a person before it is that person's turn; "Presenter:" with no presenter named is not.
     */
    boolean titled(String word, int before) {
        Name at = titleOf(word);
        return at != null && at.offset() < before;
    }

    /**
     * "President:" under an opening that named "Council President Ingrid Sola": a title's last word names its one
     * holder when no one was given the word alone and no one else a title ending in it ("Vice President").
     */
    private Name titleOf(String word) {
        Name at = titledAt.get(word);
        return at != null ? at : headedAt.get(word);
    }

    private static List<String> lastWord(String role) {
        int space = role.lastIndexOf(' ');
        return space > 0 ? List.of(role.substring(space + 1)) : List.of();
    }

    /**
     * "Orlin: Good afternoon." in a meeting whose opening named "the Governor, Matvei Orlin", Orlin heading more than
     * one turn: the surname of a person the text named in full before it is that person's turn; "Rockets: at home"
     * once in a list of teams is no turn.
     */
    boolean surnamed(String word, int before) {
        Integer at = surnamedAt.get(word);
        return at != null && at < before;
    }

    /** The mention of the person titled {@code word} where the text first named them ("Governor Ivan Sorokin"). */
    Mention titledName(AttributionContext ctx, String word) {
        Name n = titleOf(word);
        int at = ctx.doc.text.indexOf(n.text(), n.offset());
        return ctx.mentions.build(ctx.doc.tokenAtOrAfter(at), ctx.doc.tokenAtOrAfter(at + n.text().length()));
    }
}
