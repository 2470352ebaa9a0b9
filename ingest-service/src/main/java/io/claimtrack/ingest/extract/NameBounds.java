package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Where a name starts and ends inside a speaker phrase, for {@link RoleAndName}: after a title ("Presidential
 * Commissioner for Children's Rights Maria Lvova-Belova"), before where its bearer comes from ("Joseph Brown of the
 * Harbour Baptist Church"), and where a body's name starts after its modifiers.
 */
final class NameBounds {

    private static final Set<String> PARTICLES = WordSet.of("de", "da", "do", "dos", "das", "van", "von", "der", "den",
            "bin", "al", "el", "la", "le", "del", "di", "du");

    /** The prepositions of a title's place: "... to Ostrava", "Minister of Arts". */
    private static final Set<String> PLACE_BEFORE_NAME = WordSet.of("to", "of");

    private final Lexicon lexicon;

    NameBounds(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The first word of the name after the title or description ending at {@code lastRoleOrLower}. */
    static int nameStart(List<Token> span, int lastRoleOrLower) {
        int nameFrom = lastRoleOrLower + 1;
        while (nameFrom < span.size() && (Mentions.isConnector(span.get(nameFrom).lower())
                && !PARTICLES.contains(span.get(nameFrom).lower()) || !span.get(nameFrom).isWord())) {
            nameFrom++;
        }
        return nameFrom;
    }

    /**
     * Where an organisation's name starts: with its modifiers ("the Russian Defense Ministry"), but after a possessor
     * ("Mayor Reagan's Gallup") and the lower-case words that open the phrase or follow the possessor ("the
     * nonpartisan Tax Foundation", "some on Twitter", "Sanders's hometown Burlington Free Press") when what is left
     * is a name of its own: two words or more, or an outlet. "the super PAC", "an anti-Trump PAC", "Trump's potential
     * VP" stay descriptions; a modifier glued to a name ("a pro-Ivo Lunde PAC") holds the name.
     */
    int orgNameFrom(List<Token> span, int nameFrom) {
        int from = FunctionWords.DETERMINERS.contains(span.get(0).lower()) ? 1 : 0;
        int cut = from;
        boolean opening = true;
        for (int k = from; k < nameFrom; k++) {
            Token t = span.get(k);
            if (Mentions.isPossessive(t.lower())) {
                cut = k + 1;
                opening = true;
            } else if (opening && t.isLowerWord() && t.lower().equals(t.text())) {
                cut = k + 1;
            } else if (t.isWord()) {
                opening = false;
            }
        }
        List<Token> rest = span.subList(cut, span.size());
        boolean named = PhraseShapes.words(rest) > 1 || lexicon.outlets.contains(Mentions.possessiveStem(rest.get(rest.size() - 1).lower()));
        return named ? cut : from;
    }

    /**
     * Where the person's name starts after a title: at a first name ("Presidential Commissioner for
     * Children's Rights Maria Lvova-Belova"), else, after a long title, at the last two words.
     */
    int nameAfterTitle(List<Token> span, int nameFrom, int end) {
        if (lexicon.isFirstName(span.get(nameFrom).lower())) {
            return nameFrom;
        }
        for (int k = nameFrom + 1; k < end - 1; k++) {
            if (span.get(k).isCapitalized() && lexicon.isFirstName(span.get(k).lower())) {
                return k;
            }
        }
        // Counted in words: "Ivo G. Lunde" is one name, not a title's last word and ". Lunde".
        List<Token> rest = span.subList(nameFrom, end);
        int words = PhraseShapes.words(rest);
        // "Ambassador of Arvia to Ostrava Beatrix Lund": the place a title's "to" or "of" names comes before the name.
        return words > 3 || words == 3 && nameFrom > 0 && PLACE_BEFORE_NAME.contains(span.get(nameFrom - 1).lower())
                ? nameFrom + PhraseShapes.beforeLastTwoWords(rest) + 1 : nameFrom;
    }

    /**
     * "Joseph Brown of the Harbour Baptist Church", "Mr. Morgan of the Sierra Club", "Political scientist Lorcan
     * Brandt-Aye of Korvasten University", "Strategist Rosa Lind at Maple Research": the "of" or "at" after a person's
     * name (a first name, an honorific or a title before it, no body's word) opens where they come from; its index, or -1. Two people ("Ivo Lunde of Ostland and
     * Tove Marsh of Kestrel") are left whole, and so is an office whose holder is named after it ("Lee County
     * Supervisor of Elections Tove Marsh").
     */
    int personOf(List<Token> span, int nameFrom) {
        int of = -1;
        // A first name on no list is still a person's after a person's title.
        boolean person = nameFrom > 0 && nameFrom < span.size() && lexicon.roles.contains(lexicon.headKey(span.get(nameFrom - 1).lower()));
        for (int k = Math.max(nameFrom, 0); k < span.size() - 1 && of < 0; k++) {
            Token t = span.get(k);
            String stem = Mentions.possessiveStem(t.lower());
            if (lexicon.organizations.contains(stem) || lexicon.outlets.contains(stem) || lexicon.movements.contains(stem)) {
                return -1;
            }
            of = t.is("of") || t.is("at") ? k : -1;
            person |= personWord(t);
        }
        if (!person || of < nameFrom + 2 || PhraseShapes.joinsNames(span, nameFrom)) {
            return -1;
        }
        // The holder's own first name before the last word: "... of Elections Tove Marsh", "... Tove R. Marsh";
        // not "of Burke County", "of the New York Times".
        int holder = PhraseShapes.beforeLastTwoWords(span) + 1;
        String last = Mentions.possessiveStem(span.get(span.size() - 1).lower());
        boolean body = lexicon.organizations.contains(last) || lexicon.outlets.contains(last);
        return holder > of + 1 && personWord(span.get(holder)) && !body ? -1 : of;
    }

    private boolean personWord(Token t) {
        return t.isCapitalized() && (RoleAndName.HONORIFICS.contains(t.lower()) || lexicon.isFirstName(t.lower()));
    }
}
