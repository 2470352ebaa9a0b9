package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "said Tomas Ferreira of the conservation group Green Harbor", "Ines Varga of the Harbour Labour faction", "Captain
 * Ines Tovar of the freighter Baltic Dawn": a person's name (a title before it), "of" with its article, a lower-case
 * description of a body or a vessel and its name, or the body's name alone. The person speaks; the rest says whom for,
 * though the lower-case words would otherwise end a description whose name is the body's. For {@link RoleAndName}.
 */
final class AffiliatedPerson {

    /** Craft a person serves on, named after the word as a body is: "Captain Ines Tovar of the freighter Baltic Dawn". */
    private static final Set<String> VESSELS = WordSet.of("ship", "tanker", "freighter", "trawler", "vessel", "ferry",
            "yacht", "tug", "barge", "cruiser", "frigate", "liner");

    private AffiliatedPerson() {
    }

    /**
     * The index of the "of" after the person's name, or -1: the phrase opens with two capitalised words or more that
     * hold no title, no body's or group's word and no place ("Minister of the interior", "Friends of the river group"), and
     * the description after the article ends in a body's word before a capitalised name.
     */
    static int of(List<Token> span, Lexicon lexicon) {
        int name = nameStart(span, lexicon);
        int of = name;
        while (of < span.size() && span.get(of).isCapitalized() && !titleOrBody(span.get(of), lexicon)) {
            of++;
        }
        // Two words at least, so a first name on no list still counts, and no place's ("New Salem of the ...").
        if (of - name < 2 || of + 2 >= span.size() || !span.get(of).is("of") || !FunctionWords.DETERMINERS.contains(span.get(of + 1).lower())
                || FunctionWords.DETERMINERS.contains(span.get(0).lower()) || lexicon.isPlace(PhraseShapes.words(span, 0, of))) {
            return -1;
        }
        int k = of + 2;
        while (k < span.size() && span.get(k).isLowerWord()) {
            k++;
        }
        boolean described = k > of + 2 && (lexicon.organizations.contains(lexicon.headKey(span.get(k - 1).lower()))
                || VESSELS.contains(span.get(k - 1).lower()));
        for (int n = k; n < span.size(); n++) {
            // "of the group Free the Herd": small words inside the body's name, between its capitalised words.
            described &= span.get(n).isCapitalized()
                    || n > k && n < span.size() - 1 && FunctionWords.NAME_LINKS.contains(span.get(n).lower());
        }
        return described && k < span.size() || namedBody(span, of + 2, lexicon) ? of : -1;
    }

    /**
     * Where the person's name starts past a title before it: "Captain Ines Tovar of the ..." at "Ines", "Security
     * analyst Ravi Kohl of the ..." at "Ravi".
     */
    static int nameStart(List<Token> span, Lexicon lexicon) {
        int name = 0;
        while (name < span.size() - 1 && span.get(name).isCapitalized() && span.get(name + 1).isCapitalized()
                && lexicon.roles.contains(lexicon.headKey(span.get(name).lower()))) {
            name++;
        }
        // "Security analyst Ravi Kohl of the ...": a capitalised modifier, then lower-case words ending in a role; "said
        // marine biologist Ada Lind of the ...": the lower-case words alone.
        int opening = span.get(name).isCapitalized() ? name + 1 : name;
        int lower = opening;
        while (lower < span.size() - 1 && lower - name <= 2 && span.get(lower).isLowerWord()) {
            lower++;
        }
        boolean title = lower > opening && span.get(lower).isCapitalized()
                && lexicon.roles.contains(lexicon.headKey(span.get(lower - 1).lower()));
        return title ? lower : name;
    }

    /**
     * "of the Green Alliance", "of the Civic Democratic faction": a body's name of two words or more, capitalised but
     * for its last, a body's word ("Alliance", "faction"), or with what the body is for after it ("Institute for Marine
     * Research"); a deputy's party, a scientist's institute.
     */
    private static boolean namedBody(List<Token> span, int from, Lexicon lexicon) {
        int last = span.size() - 1;
        int body = -1;
        for (int k = from; k <= last; k++) {
            Token t = span.get(k);
            // "of the Norvessa Institute for Marine Research": the body's word, then what it is for, in its name.
            boolean link = body >= 0 && k < last && FunctionWords.NAME_LINKS.contains(t.lower());
            boolean bodyWord = k > from && lexicon.organizations.contains(lexicon.headKey(t.lower()));
            if (!t.isWord() || !t.isCapitalized() && !link && !(k == last && bodyWord)) {
                return false;
            }
            body = body < 0 && bodyWord ? k : body;
        }
        return body > from;
    }

    private static boolean titleOrBody(Token t, Lexicon lexicon) {
        String key = lexicon.headKey(t.lower());
        return lexicon.roles.contains(key) || lexicon.organizations.contains(key) || lexicon.outlets.contains(key)
                || lexicon.groups.contains(key) || lexicon.movements.contains(key);
    }
}
