package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gender a document shows for the people it names whose first name shows none ("Bernie" and "Stacey" are on
 * both shipped lists, "Ghazala" on neither): the first personal pronoun after the name in its own sentence,
 * before anyone else is named, where the name opens the sentence ("Ghazala Khan said she would ..."); only when
 * every such pronoun agrees. A surname alone ("Sanders said he") counts for the surname (lower case), which
 * stands for the one person named in full with it.
 */
final class DocumentGender {

    private static final Map<String, Gender> PRONOUNS = Map.of("he", Gender.MALE, "him", Gender.MALE, "his",
            Gender.MALE, "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE);

    /**
     * An apposition set off right after a name, headed by a role or kin word its possessive pronoun owns: "Aigars Pelnis,
     * her deputy," (the head is group 1); read within {@link ResolutionWindows#APPOSITION_AFTER_CHARS}.
     */
    private static final Pattern OWNED_APPOSITION = Pattern.compile("^, (?:his|her) (?:[a-z-]+ ){0,2}?([a-z-]+),");

    private DocumentGender() {
    }

    /**
     * By each name's text, the gender the document's pronouns show for it; for a name whose first name a list genders,
     * only the gender its pronouns show against the list ({@link ContradictedFirstName}).
     */
    static Map<String, Gender> of(AnnotatedDocument doc, Lexicon lexicon) {
        Map<String, Gender> out = new HashMap<>();
        Set<String> mixed = new HashSet<>();
        List<Name> names = doc.names;
        for (int j = 0; j < names.size(); j++) {
            // The body is a method of its own: this loop runs once per document, so the JIT compiles a body
            // inlined here only late in the first long text, which it reads interpreted until then.
            shown(doc, lexicon, names, j, out, mixed);
        }
        ContradictedFirstName.addTo(doc, lexicon, out);
        return out;
    }

    /** Adds what the pronoun after the {@code j}th name shows to {@code out}, or makes its key mixed. */
    private static void shown(AnnotatedDocument doc, Lexicon lexicon, List<Name> names, int j, Map<String, Gender> out,
            Set<String> mixed) {
        Name n = names.get(j);
        boolean surname = n.words().size() == 1;
        String key = surname ? n.words().get(0) : n.text();
        Sentence s = n.kind() == SpeakerKind.PERSON && !n.words().isEmpty() ? doc.sentenceAt(n.offset()) : null;
        // A surname's honorific tells nothing of its other bearers: "Mrs. Sanders said she" and "Sanders said he"
        // leave the surname mixed.
        if (s == null || mixed.contains(key) || !surname && Gender.of(n.text(), lexicon) != null
                || !JustNamed.opensSentence(doc, s, n.offset(), true)) {
            return;
        }
        if (n.possessiveIn(doc.text)) {
            // "McAuliffe's comment risks undermining her credibility": a possessor is not the one the pronoun is.
            return;
        }
        int end = j + 1 < names.size() ? Math.min(s.end(), names.get(j + 1).offset()) : s.end();
        int from = afterOwnedApposition(doc, lexicon, n.offset() + n.text().length(), end);
        Gender g = firstPronoun(doc, from, end, false);
        if (g != null && otherPronoun(doc, from, end, g)) {
            // "Idris Mokoena says she hired him for his first job": the "she" is the one he speaks of, the "him" and
            // "his" are his own; a sentence whose pronouns name both sexes shows neither for the name.
            return;
        }
        Gender before = g == null ? null : out.putIfAbsent(key, g);
        if (before != null && before != g) {
            out.remove(key);
            mixed.add(key);
        }
    }

    /**
     * Where the pronouns after a name that ends at {@code nameEnd} start to speak of it: past an apposition its
     * possessive gives someone else's role ("Aigars Pelnis, her deputy, reported" is not a woman), not past one that
     * is the person's own ("Ilze Rudzite, her voice low, said").
     */
    private static int afterOwnedApposition(AnnotatedDocument doc, Lexicon lexicon, int nameEnd, int end) {
        if (!doc.text.startsWith(", h", nameEnd)) {
            // Most names have no such apposition: no window copied, no matcher built.
            return nameEnd;
        }
        Matcher m = OWNED_APPOSITION.matcher(doc.text(nameEnd, Math.max(nameEnd, Math.min(end, nameEnd + ResolutionWindows.APPOSITION_AFTER_CHARS))));
        return m.find() && (lexicon.roles.contains(m.group(1)) || PossessedRoles.KIN.contains(m.group(1))) ? nameEnd + m.end() : nameEnd;
    }

    /** A description's gender: its title's ("the chairwoman"), else the one its sentence's opening phrase gives; null if none. */
    static Gender ofDescription(AnnotatedDocument doc, Mention m) {
        Gender title = Gender.ofTitle(m.text());
        return title != null ? title : frontedPhrase(doc, m.start());
    }

    /**
     * "In her remarks, the Minister set out": the gender a possessive in the phrase that opens the sentence, before
     * its comma, gives the subject at {@code offset} right after it; null if none.
     */
    static Gender frontedPhrase(AnnotatedDocument doc, int offset) {
        Sentence s = doc.sentenceAt(offset);
        int k = doc.tokenAtOrAfter(offset) - 1;
        return s == null || k <= s.firstToken() || !doc.tokens.get(k).is(",") ? null : firstPronoun(doc, s.start(), offset);
    }

    /** "she", "her", "she'd": the gender of the first personal pronoun in {@code [from, to)}; null if none. */
    static Gender firstPronoun(AnnotatedDocument doc, int from, int to) {
        return firstPronoun(doc, from, to, true);
    }

    /**
     * As {@link #firstPronoun(AnnotatedDocument, int, int)}; without {@code objects}, an object's "him" or "her" is
     * passed over: "Yuki Holm said the team stood behind him" is as often about the one named before her.
     */
    private static Gender firstPronoun(AnnotatedDocument doc, int from, int to, boolean objects) {
        for (int k = doc.tokenAtOrAfter(from); k < doc.tokens.size()
                && doc.tokens.get(k).start() < to; k++) {
            String w = doc.tokens.get(k).lower();
            int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
            Gender g = PRONOUNS.get(apostrophe > 0 ? w.substring(0, apostrophe) : w);
            if (g != null && (objects || !object(doc, k))) {
                return g;
            }
        }
        return null;
    }

    /** Whether a personal pronoun of a gender other than {@code g} stands in {@code [from, to)}. */
    private static boolean otherPronoun(AnnotatedDocument doc, int from, int to, Gender g) {
        for (int k = doc.tokenAtOrAfter(from); k < doc.tokens.size() && doc.tokens.get(k).start() < to; k++) {
            Gender other = PRONOUNS.get(doc.tokens.get(k).lower());
            if (other != null && other != g) {
                return true;
            }
        }
        return false;
    }

    /** "him", or "her" before no noun of its own ("told her the plan", "behind her."). */
    private static boolean object(AnnotatedDocument doc, int k) {
        String w = doc.tokens.get(k).lower();
        if ("him".equals(w)) {
            return true;
        }
        Token next = k + 1 < doc.tokens.size() ? doc.tokens.get(k + 1) : null;
        return "her".equals(w) && (next == null || !next.isWord() || FunctionWords.NP_BREAKERS.contains(next.lower())
                || FunctionWords.DETERMINERS.contains(next.lower()) || "and".equals(next.lower()));
    }
}
