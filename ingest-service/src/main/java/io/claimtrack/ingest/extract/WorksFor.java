package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "a spokesman for Mayor Ivo Lunde", "supporters of Democrat Ivo Lunde": where a described speaker's phrase goes
 * on to name whom the speaker works for, for {@link RoleAndName} and {@link Mentions}.
 */
final class WorksFor {

    /** Prepositions that tie a person to whom they work for: "a spokesman for", "supporters of", "an aide to". */
    private static final Set<String> RELATIONS = WordSet.of("for", "of", "to", "at", "with", "from");

    private final Lexicon lexicon;

    WorksFor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "a spokesman for Mayor Ivo Lunde", "supporters of Democrat Ivo Lunde", "the government of President Ivo
     * Lunde": after a person noun or body in lower case and its preposition, the capitalised words name whom the
     * speaker works for, not the speaker; "former secretary of State Ivo Lunde" holds his office and his name.
     * The preposition's index, or -1.
     */
    int relation(List<Token> span) {
        for (int k = 1; k < span.size() - 1; k++) {
            if (!RELATIONS.contains(span.get(k).lower())) {
                continue;
            }
            Token noun = span.get(k - 1);
            String key = lexicon.headKey(noun.lower());
            boolean lowerNoun = noun.isLowerWord()
                    && (lexicon.roles.contains(key) || lexicon.groups.contains(key) || lexicon.organizations.contains(key));
            // "Aides to President ...": a title is singular, so a plural opening the sentence is no title.
            boolean openingGroup = k == 1 && noun.isCapitalized() && lexicon.groups.contains(noun.lower());
            if (!lowerNoun && !openingGroup) {
                return -1;
            }
            int c = k + 1;
            while (c < span.size() - 1 && FunctionWords.DETERMINERS.contains(span.get(c).lower())) {
                c++;
            }
            // "supporters of Ivo Lunde": people of a group are never named by the words after it.
            boolean group = lexicon.groups.contains(noun.lower()) && span.get(c).isCapitalized();
            return group || whomFor(span, c) ? k : -1;
        }
        return -1;
    }

    /** Whether the words from {@code c} on name a person with a title, a named body or someone's possession. */
    private boolean whomFor(List<Token> span, int c) {
        Token first = span.get(c);
        if (!first.isCapitalized()) {
            return false;
        }
        String key = lexicon.headKey(first.lower());
        if (lexicon.roles.contains(key) || RoleAndName.HONORIFICS.contains(key) || lexicon.isFirstName(first.lower())
                || Mentions.isPossessive(first.lower())) {
            return true;
        }
        for (int k = c; k < span.size(); k++) {
            String stem = Mentions.possessiveStem(span.get(k).lower());
            if (lexicon.organizations.contains(stem) || lexicon.outlets.contains(stem) || lexicon.movements.contains(stem)) {
                return true;
            }
        }
        // "a spokesman for Kestrel Nurses United": after an article the person is described, never named,
        // unless an office follows the preposition ("the secretary of State ...").
        return FunctionWords.DETERMINERS.contains(span.get(0).lower()) && !lexicon.roleModifiers.contains(key) && lexicon.roleField(key) == null;
    }
}
