package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * What kind of speaker a phrase's words name, for {@link RoleAndName} and {@link Mentions}: a person, a body, a
 * document, several people or someone unnamed.
 */
final class SpeakerKinds {

    private final Lexicon lexicon;

    SpeakerKinds(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the name from {@code nameFrom} to {@code end} is a body's: only the name decides ("Kremlin aide Yury
     * Ushakov" is a person, "the Russian Defense Ministry" is not).
     */
    boolean bodyName(List<Token> span, int nameFrom, int end) {
        boolean orgWord = false;
        for (int k = Math.max(nameFrom, 0); k < end; k++) {
            Token t = span.get(k);
            String stem = Mentions.possessiveStem(t.lower());
            orgWord |= lexicon.organizations.contains(stem) || lexicon.outlets.contains(stem) || lexicon.movements.contains(stem)
                    || t.isAllCaps() && t.text().length() <= 5 && k == span.size() - 1 && !Name.GENERATIONS.contains(t.lower());
        }
        return orgWord;
    }

    /**
     * "the ad-tracking firm Spotwatch", "the Westbury Housing Registry": a name that a body's lower-case noun
     * introduces, or that "the" opens, is a body's, though no word of it says so; not a person's name (a first
     * name, an abbreviated title: "the Rev. Ann Holm"), nor one after a title whose complement the noun ends
     * ("Head of the intelligence agency Ivo Lunde").
     */
    boolean introducedBody(List<Token> span, int nameFrom) {
        if (nameFrom <= 0 || nameFrom >= span.size()) {
            return false;
        }
        for (int k = nameFrom; k < span.size(); k++) {
            if (!span.get(k).isWord() || lexicon.isFirstName(span.get(k).lower())) {
                return false;
            }
        }
        Token before = span.get(nameFrom - 1);
        if (nameFrom == 1) {
            return before.lower().equals("the") && span.size() > 2;
        }
        String key = lexicon.headKey(before.lower());
        if (before.isCapitalized() || !lexicon.organizations.contains(key) || lexicon.roles.contains(key)) {
            return false;
        }
        for (int k = 0; k < nameFrom - 1; k++) {
            if (lexicon.isRoleWord(lexicon.headKey(span.get(k).lower()))) {
                return false;
            }
        }
        return true;
    }

    /** "the Declaration of Sovereignty", "the Helsinki Accord"; "Bill de Blasio" is a person's first name. */
    boolean namesDocument(List<Token> span, int nameFrom) {
        for (int k = Math.max(nameFrom, 0); k < span.size(); k++) {
            boolean firstName = k == nameFrom && k < span.size() - 1 && lexicon.isFirstName(span.get(k).lower());
            if (!firstName && lexicon.documents.contains(Mentions.possessiveStem(span.get(k).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** The kind of speaker a description names, by its head noun ("the ministry", "officials", "the report"). */
    SpeakerKind descriptorKind(String head, List<Token> span) {
        if (span.size() == 1 && FunctionWords.DETERMINERS_OR_OTHERS.contains(head) && !head.equals("one")) {
            // "Some say ...", "many argue", "others said": several people, never a "he" or "she".
            return SpeakerKind.GROUP;
        }
        if (lexicon.anonymous.contains(head)) {
            return SpeakerKind.ANONYMOUS;
        }
        if (lexicon.documents.contains(head)) {
            return SpeakerKind.DOCUMENT;
        }
        if (lexicon.organizations.contains(head) && !roleAfterRole(head, span) && !roleOfBody(span) || bareBusiness(head, span)) {
            return SpeakerKind.ORGANIZATION;
        }
        if (lexicon.groups.contains(head) || WordForms.endsInSingleS(head) && !lexicon.roles.contains(head)) {
            // A plural head names several speakers ("representatives of the unions").
            return SpeakerKind.GROUP;
        }
        return SpeakerKind.PERSON;
    }

    /**
     * "The curator of the harbour museum", "the director of the agency": a role, not itself a body's word, whose "of"
     * names the body it serves is a person.
     */
    private boolean roleOfBody(List<Token> span) {
        for (int k = 1; k < span.size() - 1; k++) {
            if (span.get(k).is("of")) {
                String role = lexicon.headKey(span.get(k - 1).lower());
                return lexicon.roles.contains(role) && !lexicon.organizations.contains(role);
            }
        }
        return false;
    }

    /**
     * "the carrier said", a headline's "..., carrier says": a word for a business with no word but the article before it
     * is the business; "a retired mail carrier" is a person. So is one ranked by size in its market ("the country's
     * largest carrier", "Ostravia's second-biggest grocer"); "the town's grocer" may be the shopkeeper.
     */
    private static boolean bareBusiness(String head, List<Token> span) {
        if (!Businesses.BARE.contains(head)) {
            return false;
        }
        int n = span.size();
        if (n == 1 || n == 2 && span.get(0).lower().equals("the")) {
            return true;
        }
        int possessive = span.get(0).lower().equals("the") ? 1 : 0;
        return n == possessive + 3 && Mentions.isPossessive(span.get(possessive).lower()) && bySize(span.get(n - 2).lower());
    }

    /** "largest", "biggest", "second-largest": a rank by size. */
    private static boolean bySize(String word) {
        String rank = word.substring(word.lastIndexOf('-') + 1);
        return rank.equals("largest") || rank.equals("biggest");
    }

    /**
     * "Veteran guard", "the rookie guard": a lower-case word that is a role and heads bodies' names is a person's
     * role after another role word; "the coast guard" and "the National Guard" are bodies.
     */
    private boolean roleAfterRole(String head, List<Token> span) {
        int n = span.size();
        return n > 1 && lexicon.roles.contains(head) && !span.get(n - 1).isCapitalized()
                && lexicon.roles.contains(lexicon.headKey(span.get(n - 2).lower()));
    }
}
